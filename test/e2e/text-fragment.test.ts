// "Open at this passage" in real Chromium: a passage saved through the panel stores the text directive chosen from
// the live range (text-fragments-polyfill's generateFragment), and the link built from it opens the page scrolled to
// the passage, for Chinese (starting and ending mid-word), mixed Chinese-and-figures and English passages.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/extension';
import { serveStatic, type StaticServer } from '../../scripts/harness/server';
import { saveSelectionThroughPanel } from '../../scripts/harness/flows';
import { clippingUrl } from '../../lib/export/text-fragment';
import type { Clipping } from '../../lib/clipping';

let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveStatic(resolve('test/fixtures'));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every clipping in the extension's library, read in the background (which owns the database). */
async function savedClippings(): Promise<Clipping[]> {
  return browser.worker.evaluate(
    () =>
      new Promise<Clipping[]>((ok, fail) => {
        const open = indexedDB.open('jianbao');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('clippings').objectStore('clippings').getAll();
          req.onsuccess = () => ok(req.result as Clipping[]);
          req.onerror = () => fail(req.error);
        };
      }),
  );
}

/** Opens `url` in a fresh short window and tells whether Chromium scrolled `passage` into view. */
async function opensAt(url: string, passage: string): Promise<{ scrolled: number; inView: boolean }> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width: 1000, height: 300 });
    await page.goto(url);
    // The fragment is scrolled to once the page has loaded; polled, as Playwright's waits are.
    let state = { scrolled: 0, inView: false };
    const deadline = Date.now() + 10000;
    while (Date.now() < deadline) {
      state = await page.evaluate((needle) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent!.indexOf(needle.slice(0, 6));
          if (at < 0) continue;
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + 1);
          const rect = r.getBoundingClientRect();
          return { scrolled: scrollY, inView: rect.top >= 0 && rect.bottom <= innerHeight };
        }
        return { scrolled: scrollY, inView: false };
      }, passage);
      if (state.inView && state.scrolled > 0) break;
    }
    return state;
  } finally {
    await page.close();
  }
}

const CASES = [
  // Chinese, beginning and ending inside words, far down the page.
  { file: '/seed/page.html', text: '治区文旅集团做了招商项目推介,呼和浩特市、呼伦贝尔', language: 'Chinese' },
  // Chinese with figures and units between the characters.
  { file: '/seed/page.html', text: '鄂尔多斯市准格尔旗4.9毫米、乌审旗河南乡4.8毫', language: 'mixed' },
  // English, in a short window so that the passage is below the fold.
  { file: '/pages/chinadaily-en.html', text: 'The country aims to keep annual grain output above 650 million', language: 'English' },
];

describe('links that open the passage', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
  });

  for (const c of CASES) {
    it(`a ${c.language} passage: its stored directive scrolls Chromium to it`, async () => {
      await page.goto(server.url(c.file));
      await browser.click(page);
      await saveSelectionThroughPanel(page, browser.panel(page), { text: c.text, note: '', tags: '' });
      const saved = (await savedClippings()).find((x) => x.text === c.text);
      expect(saved).toBeDefined();
      const fragment = saved!.selectors.find((s) => s.type === 'FragmentSelector');
      expect(fragment, 'a directive chosen at save time').toBeDefined();
      const url = clippingUrl(saved!);
      expect(url).toContain(`#:~:${(fragment as { value: string }).value}`);
      const opened = await opensAt(url, c.text);
      expect(opened.scrolled).toBeGreaterThan(0);
      expect(opened.inView).toBe(true);
    });
  }
});
