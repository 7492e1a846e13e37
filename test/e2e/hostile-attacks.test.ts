// A hostile page attacks Jianbao from its own main world (page.evaluate runs there, as the page's scripts do), in
// real Chromium with the built extension: each attack of issue #17 is tried and must fail. The reader's own actions
// are real mouse and keyboard input (trusted), through scripts/harness/panel.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/extension';
import { serveStatic, type StaticServer } from '../../scripts/harness/server';
import { saveSelectionThroughPanel } from '../../scripts/harness/flows';

let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveStatic(resolve('test/fixtures'));
  browser = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** How many clippings the library holds, read in the background (the extension's origin). */
function libraryCount(): Promise<number> {
  return browser.worker.evaluate(
    () =>
      new Promise<number>((ok, fail) => {
        const open = indexedDB.open('jianbao');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('clippings').objectStore('clippings').count();
          count.onsuccess = () => {
            ok(count.result);
            db.close();
          };
          count.onerror = () => fail(count.error);
        };
      }),
  );
}

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  return page;
}

/** Everything the page's own scripts can find of Jianbao: the host, its shadow root, text, highlight ranges. */
function whatThePageSees(page: Page, secret: string) {
  return page.evaluate((secret) => {
    const host = document.querySelector('jianbao-ui');
    const ranges: string[] = [];
    const names: string[] = [];
    CSS.highlights.forEach((h, name) => {
      names.push(String(name));
      h.forEach((r) => ranges.push((r as Range).toString()));
    });
    return {
      hostFound: host !== null,
      shadowRoot: host ? host.shadowRoot !== null : null,
      hostText: host ? `${host.textContent}${(host as HTMLElement).innerText}` : '',
      documentHasSecret: document.documentElement.innerText.includes(secret) || document.documentElement.textContent!.includes(secret),
      highlightNames: names.sort(),
      rangesWithSecret: ranges.filter((t) => t.includes(secret)),
    };
  }, secret);
}

describe('a page cannot operate the panel', () => {
  it('finds no shadow root, and clicks, keys and submits it fakes save nothing', async () => {
    const page = await open('/seed/page.html?drive');
    // Before the click: the page hooks attachShadow to catch the panel's root as it is made.
    await page.evaluate(() => {
      const w = window as unknown as { __caught: ShadowRoot[] };
      w.__caught = [];
      const original = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = original.call(this, { ...init, mode: 'open' });
        w.__caught.push(root);
        return root;
      };
    });
    await browser.click(page);
    const panel = browser.panel(page);
    await expect.poll(() => panel.count('[data-testid=articles] button.save')).toBe(12);
    const before = await libraryCount();

    const attack = await page.evaluate(async () => {
      const host = document.querySelector('jianbao-ui') as HTMLElement;
      const caught = (window as unknown as { __caught: ShadowRoot[] }).__caught.length;
      // Every way in a page script has: the host, the element at the panel's place, keys, a faked selection.
      const atPanel = document.elementFromPoint(innerWidth - 100, 100);
      for (const target of [host, atPanel].filter((t): t is Element => t !== null)) {
        (target as HTMLElement).click?.();
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('5842.2万吨'))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
      return { shadowRoot: host.shadowRoot, caught, atPanel: atPanel?.tagName ?? null, hostChildren: host.children.length };
    });
    expect(attack.shadowRoot).toBeNull();
    expect(attack.caught).toBe(0);
    expect(attack.atPanel).toBe('JIANBAO-UI');
    expect(attack.hostChildren).toBe(0);
    // The faked selection offered no save button: only the reader's own mouseup does.
    expect(await panel.visible('.float-save')).toBe(false);

    // Even with the panel's elements in hand (here, from the extension's own world), untrusted events do nothing.
    await panel.run(`(root) => {
      for (const b of root.querySelectorAll('button')) b.click();
      for (const b of root.querySelectorAll('button.save')) b.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }`);
    expect(await panel.count('[data-testid=toast]')).toBe(0);
    expect(await panel.count('[data-testid=clip-form]')).toBe(0);
    expect(await panel.visible('.panel')).toBe(true);
    expect(await libraryCount()).toBe(before);

    // The reader's own click still works.
    await panel.click('[data-testid=articles] li:nth-child(1) button.save');
    await expect.poll(() => panel.text('[data-testid=toast]')).toBe('已存入剪报库');
    expect(await libraryCount()).toBe(before + 1);
    await page.close();
  });

  it('a form the reader opened cannot be filled or submitted by the page', async () => {
    const page = await open('/seed/page.html?form');
    await browser.click(page);
    const panel = browser.panel(page);
    const before = await libraryCount();
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('5842.2万吨'))!;
      const range = document.createRange();
      range.selectNodeContents(p.firstChild!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.mouse.move(1, 1);
    await page.mouse.up();
    await panel.click('.float-save');
    await panel.waitFor('[data-testid=clip-form]');
    // Untrusted input and a scripted submit, as a page holding the form would try.
    await panel.run(`(root) => {
      const note = root.querySelector('[data-testid=clip-form] textarea');
      note.value = 'page wrote this';
      note.dispatchEvent(new InputEvent('input', { bubbles: true }));
      root.querySelector('[data-testid=clip-form]').requestSubmit();
      root.querySelector('[data-testid=clip-save]').click();
    }`);
    expect(await panel.count('[data-testid=clip-form]')).toBe(1);
    expect(await libraryCount()).toBe(before);
    await page.close();
  });
});

describe('a page cannot read what the reader clipped', () => {
  const SECRET = '2022年全区口岸完成进出境货运量5842.2万吨,同比增长14.7%';

  it('the saved passage is painted where the page cannot list it, and re-runs under other URLs reveal nothing', async () => {
    const page = await open('/seed/page.html?secret');
    await browser.click(page);
    await saveSelectionThroughPanel(page, browser.panel(page), { text: SECRET, note: '只给我自己看', tags: '私密' });
    await page.reload();
    const report = await browser.click(page);
    expect(report.clippings).toBe(1);
    const panel = browser.panel(page);
    expect(await panel.paintedClippings()).toEqual([SECRET]);
    const seen = await whatThePageSees(page, SECRET);
    expect(seen.shadowRoot).toBe(false);
    expect(seen.hostText).toBe('');
    expect(seen.rangesWithSecret).toEqual([]);
    expect(seen.highlightNames.filter((n) => n.startsWith('jianbao-clip'))).toEqual([]);
    // The figures and places are still painted through CSS.highlights: they are the page's own text.
    expect(seen.highlightNames).toContain('jianbao-place');

    // Another page of the same site moves itself to the clipped page's address and waits for the reader's re-run.
    const other = await open('/e2e/english-wire.html?other');
    await browser.click(other);
    await other.evaluate(() => history.replaceState(null, '', '/seed/page.html?secret'));
    const otherPanel = browser.panel(other);
    await otherPanel.click('button[aria-label="Re-run on this page"], button[aria-label="重新分析本页"]');
    await expect.poll(() => otherPanel.text('[data-testid=orphans]')).toMatch(/^1 /);
    const there = await whatThePageSees(other, SECRET);
    expect(there.documentHasSecret).toBe(false);
    expect(there.hostText).toBe('');
    expect(there.rangesWithSecret).toEqual([]);
    // Not even inside the closed root: an orphan is counted, its text stays in the library.
    expect(await otherPanel.run<string>('(root) => root.textContent')).not.toContain(SECRET.slice(0, 20));
    expect(await otherPanel.run<string>('(root) => root.textContent')).not.toContain('只给我自己看');
    await page.close();
    await other.close();
  });
});

describe('a page cannot break the backup', () => {
  it('a 2,500-character title is shortened at save time, said so, and the backup downloads', async () => {
    const page = await open('/seed/page.html?long-title');
    await page.evaluate(() => {
      document.title = '标题'.repeat(1250);
    });
    await browser.click(page);
    const panel = browser.panel(page);
    await panel.click('[data-testid=articles] li:nth-child(2) button.save');
    await expect.poll(() => panel.text('[data-testid=toast]')).toBe('已保存，超长部分已截短：页面标题');

    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: /^(备份（JSON）|Back up \(JSON\))$/ }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const backup = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { clippings: { pageTitle: string }[] };
    expect(backup.clippings.length).toBe(await libraryCount());
    expect(backup.clippings.some((c) => c.pageTitle === '标题'.repeat(1000))).toBe(true);
    await library.close();
    await page.close();
  });

  it('a page whose address is not a web page\'s is not saved, and the panel says why', async () => {
    const page = await open('/seed/page.html?long-url');
    // A same-origin address far over the 8,192-character limit.
    await page.evaluate(() => history.replaceState(null, '', `/seed/page.html?${'q'.repeat(9000)}`));
    await browser.click(page);
    const before = await libraryCount();
    const panel = browser.panel(page);
    await panel.click('[data-testid=articles] li:nth-child(1) button.save');
    await expect.poll(() => panel.text('[data-testid=toast]')).toMatch(/^未能保存：只能保存网址/);
    expect(await libraryCount()).toBe(before);
    await page.close();
  });
});

describe('the manifest', () => {
  it('asks for no permission it does not use, and its action title is localised', async () => {
    // As built (chrome.runtime.getManifest() would return the title already translated).
    const built = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { permissions: string[]; action: { default_title: string } };
    expect([...built.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting']);
    expect(built.action.default_title).toBe('__MSG_actionTitle__');
    const shown = await browser.worker.evaluate(() => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { getManifest(): { action: { default_title: string } } } } }).chrome;
      return chrome.runtime.getManifest().action.default_title;
    });
    const titles = ['en', 'zh_CN'].map((l) => (JSON.parse(readFileSync(resolve('public/_locales', l, 'messages.json'), 'utf8')) as Record<string, { message: string }>).actionTitle!.message);
    expect(titles).toContain(shown);
  });
});
