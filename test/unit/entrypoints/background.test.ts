// The background's click path with WXT's fake browser: a click reaches only the clicked tab, injects once, toggles.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AnnotateReport, ContentRequest } from '../../../lib/messages';
import background from '../../../entrypoints/background';

interface Page {
  injected: number;
  visible: boolean;
}

/** Tabs whose pages answer like the injected annotator does once it is there. */
function fakePages() {
  const pages = new Map<number, Page>();
  const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
    const page = pages.get(target.tabId) ?? { injected: 0, visible: false };
    page.injected++;
    pages.set(target.tabId, page);
    return [];
  });
  const insertCSS = vi.fn(async () => undefined);
  const sendMessage = vi.fn(async (tabId: number, message: ContentRequest) => {
    const page = pages.get(tabId);
    if (!page) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (message.type === 'jianbao:ping') return { ready: true };
    if (message.type === 'jianbao:click') {
      page.visible = !page.visible;
      return { visible: page.visible, articles: 12, figures: 103, places: 80, clippings: 0, orphans: 0, message: null } satisfies AnnotateReport;
    }
    throw new Error(`unexpected ${message.type}`);
  });
  Object.assign(fakeBrowser, { scripting: { executeScript, insertCSS } });
  Object.assign(fakeBrowser.tabs, { sendMessage });
  Object.assign(fakeBrowser, { contextMenus: { create: vi.fn(), onClicked: { addListener: vi.fn() } } });
  return { pages, executeScript, insertCSS, sendMessage };
}

describe('the toolbar click', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects the annotator into the clicked tab only, once, and badges the article count', async () => {
    const { pages, executeScript, insertCSS } = fakePages();
    background.main!();
    await fakeBrowser.action.onClicked.trigger({ id: 7 } as never);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/annotator.js'] });
    expect(insertCSS).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/highlights.css'] });
    expect([...pages.keys()]).toEqual([7]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('12');
  });

  it('a second click on the same tab toggles instead of injecting again, and clears the badge', async () => {
    const { executeScript } = fakePages();
    background.main!();
    await fakeBrowser.action.onClicked.trigger({ id: 3 } as never);
    await fakeBrowser.action.onClicked.trigger({ id: 3 } as never);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('exposes the same path as the click hook, resolving with what the page reports', async () => {
    fakePages();
    background.main!();
    const hook = (globalThis as unknown as { __jianbao: { click(id: number): Promise<AnnotateReport> } }).__jianbao;
    const report = await hook.click(11);
    expect(report).toMatchObject({ visible: true, articles: 12, figures: 103, places: 80 });
  });
});
