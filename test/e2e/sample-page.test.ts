// The founding page in real Chromium with the built extension: click, panel, highlights, save, re-anchor, toggle.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/extension';
import { serveStatic, type StaticServer } from '../../scripts/harness/server';
import { saveSelectionThroughPanel, selectText } from '../../scripts/harness/flows';
import { extractDocument } from '../../lib/pipeline';
import { parseGazetteer } from '../../lib/places';
import { parseHtml } from '../../bin/cli/dom';

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

async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => {
      out[name] = h.size;
    });
    return out;
  });
}

async function pipelineCounts(file: string) {
  const html = readFileSync(resolve('test/fixtures', file), 'utf8');
  const gazetteer = parseGazetteer(JSON.parse(readFileSync('public/gazetteer.json', 'utf8')));
  const page = await parseHtml(html, null);
  const { result } = extractDocument(page.document, { url: null, gazetteer });
  page.close();
  return {
    articles: result.articles.length,
    headlines: result.articles.map((a) => a.headline),
    figures: result.articles.reduce((n, a) => n + a.figures.length, 0),
    places: result.articles.reduce((n, a) => n + a.places.length, 0),
  };
}

/** The viewport centre of `word` inside the paragraph that starts with `paragraph`, after an instant scroll has ended. */
async function placePoint(page: Page, paragraph: string, word: string, block: ScrollLogicalPosition | null): Promise<{ x: number; y: number }> {
  return page.evaluate(
    async ({ paragraph, word, block }) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.startsWith(paragraph))!;
      if (block) {
        const before = scrollY;
        const ended = new Promise((ok) => document.addEventListener('scrollend', ok, { once: true }));
        p.scrollIntoView({ block });
        if (scrollY !== before) await ended;
      }
      const text = p.firstChild!;
      const at = text.textContent!.indexOf(word);
      const r = document.createRange();
      r.setStart(text, at);
      r.setEnd(text, at + 1);
      const rect = r.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { paragraph, word, block },
  );
}

/** An instant scroll to `top`, resolved once its scrollend has been dispatched (so it cannot end a later wait). */
async function jumpTo(page: Page, top: number): Promise<void> {
  await page.evaluate(async (top) => {
    const before = scrollY;
    const ended = new Promise((ok) => document.addEventListener('scrollend', ok, { once: true }));
    scrollTo(0, top);
    if (scrollY !== before) await ended;
  }, top);
}

async function hover(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.move(point.x - 30, point.y);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** The tooltip's text while the reader can see it, else null. */
async function shownTip(page: Page): Promise<string | null> {
  const panel = browser.panel(page);
  return (await panel.visible('.tip')) ? panel.text('.tip') : null;
}

/** Runs `start`, which must scroll the page (a smooth scroll, here), and resolves when that scroll has ended. */
async function scrollAndSettle(page: Page, start: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __scrollEnded?: Promise<void> };
    w.__scrollEnded = new Promise((ok) => document.addEventListener('scrollend', () => ok(), { once: true }));
  });
  await start();
  await page.evaluate(() => (window as unknown as { __scrollEnded: Promise<void> }).__scrollEnded);
}

describe('toolbar click on the sample newspaper page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(server.url('/seed/page.html'));
  });

  it('lists the 12 articles in the panel, with the same highlights as the pipeline', async () => {
    const bodyBefore = await page.evaluate(() => document.body.outerHTML);
    const report = await browser.click(page);
    const expected = await pipelineCounts('seed/page.html');
    expect(report.articles).toBe(12);
    const panel = browser.panel(page);
    await expect.poll(() => panel.count('[data-testid=articles] .headline')).toBe(12);
    expect(await panel.texts('[data-testid=articles] .headline')).toEqual(expected.headlines);
    expect(report.figures).toBe(expected.figures);
    expect(report.places).toBe(expected.places);
    const sizes = await highlightSizes(page);
    const figureRanges = Object.entries(sizes).filter(([k]) => k.startsWith('jianbao-figure-')).reduce((n, [, v]) => n + v, 0);
    expect(figureRanges).toBeGreaterThanOrEqual(expected.figures);
    expect(sizes['jianbao-place']).toBeGreaterThanOrEqual(expected.places);
    expect(sizes['jianbao-figure-money']).toBeGreaterThan(0);
    // Highlighting paints ranges: the page's own markup is byte-for-byte what it was.
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);
  });

  it('shows a place\'s hierarchy when the reader hovers it', async () => {
    await page.bringToFront();
    const point = await placePoint(page, '包头市九原区开展服务企业“面对面”大走访活动', '九原区', 'center');
    await hover(page, point);
    await expect.poll(() => shownTip(page)).toBe('九原区 › 包头市 › 内蒙古自治区 › 中国');
  });

  it('the tooltip follows the text under a still pointer when the page scrolls', async () => {
    const place = await placePoint(page, '■上接第1版 为两地文旅企业提供广阔的发展空间。', '呼伦贝尔市', 'center');
    const settled = await page.evaluate(() => scrollY);
    // The page 200px higher, the pointer resting where 呼伦贝尔市 will come to be.
    await jumpTo(page, settled - 200);
    await hover(page, place);
    await expect.poll(() => shownTip(page)).not.toBe('呼伦贝尔市 › 内蒙古自治区 › 中国');
    // Only the page moves, and the browser sends no mousemove for that: the place arrives under the pointer.
    await scrollAndSettle(page, () => page.evaluate((y) => scrollTo({ top: y, behavior: 'smooth' }), settled));
    await expect.poll(() => shownTip(page)).toBe('呼伦贝尔市 › 内蒙古自治区 › 中国');
  });

  it('speaks the browser language and is keyboard operable: Enter on a headline scrolls to that story', async () => {
    const panel = browser.panel(page);
    expect(await panel.text('[data-testid=summary]')).toMatch(/^12 篇文章 · \d+ 个数字 · \d+ 个地名$/);
    await panel.run(`(root) => [...root.querySelectorAll('.headline')].at(-1).focus()`);
    await jumpTo(page, 0);
    await scrollAndSettle(page, () => page.keyboard.press('Enter'));
    expect(
      await page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((el) => el.textContent === '粤蒙开启“百万人互游”活动')!;
        const r = p.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    ).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.has('jianbao-focus'))).toBe(true);
  });

  it('hover still works after the panel scrolled the page to a story', async () => {
    const panel = browser.panel(page);
    // Away from the story first, so the panel really has to scroll.
    await jumpTo(page, 0);
    await scrollAndSettle(page, () => panel.click('.headline', 11));
    // No scrolling of our own: the place is where the panel's scroll left it.
    const point = await placePoint(page, '■上接第1版 为两地文旅企业提供广阔的发展空间。', '呼伦贝尔市', null);
    expect(point.y).toBeGreaterThan(0);
    expect(point.y).toBeLessThan(await page.evaluate(() => innerHeight));
    await hover(page, point);
    await expect.poll(() => shownTip(page)).toBe('呼伦贝尔市 › 内蒙古自治区 › 中国');
  });

  it('saves a whole article from the panel with its repaired text', async () => {
    const panel = browser.panel(page);
    await panel.click('[data-testid=articles] li:nth-child(8) button.save');
    await expect.poll(() => panel.text('[data-testid=toast]')).toBe('已存入剪报库');
  });

  it('a second click hides every highlight and the panel, a third shows them again', async () => {
    const off = await browser.click(page);
    expect(off.visible).toBe(false);
    expect(Object.keys(await highlightSizes(page)).filter((k) => k.startsWith('jianbao-'))).toEqual([]);
    await expect.poll(() => browser.panel(page).visible('.panel')).toBe(false);
    const on = await browser.click(page);
    expect(on.visible).toBe(true);
    expect((await highlightSizes(page))['jianbao-place']).toBeGreaterThan(0);
  });

  it('saves a selected passage and paints it again after a reload', async () => {
    const passage = '2022年全区口岸完成进出境货运量5842.2万吨,同比增长14.7%';
    await saveSelectionThroughPanel(page, browser.panel(page), { text: passage, note: '货运量', tags: '口岸' });
    expect(await browser.panel(page).paintedClippings()).toEqual([passage]);
    await page.reload();
    const report = await browser.click(page);
    expect(report.clippings).toBe(1);
    expect(report.orphans).toBe(0);
    expect(await browser.panel(page).paintedClippings()).toEqual([passage]);
  });

  it('saves the passage the form was opened for, even when the reader selects elsewhere before saving', async () => {
    const passage = '甘其毛都口岸领跑中蒙口岸货运量';
    const panel = browser.panel(page);
    await selectText(page, passage);
    await panel.click('.float-save');
    await selectText(page, '包头市九原区开展服务企业');
    await panel.fill('[data-testid=clip-form] textarea', '先选的那段');
    await panel.click('[data-testid=clip-save]');
    await panel.waitFor('[data-testid=clip-form]', 'gone');
    const painted = await panel.paintedClippings();
    expect(painted).toContain(passage);
    expect(painted.filter((t) => t.includes('九原区开展'))).toEqual([]);
  });
});
