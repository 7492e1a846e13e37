// The in-page panel as a workspace, in real Chromium with the built extension, on the founding newspaper page: it
// moves between the edges, folds to a tab that keeps the highlights, remembers its place across pages, never covers
// the passage its form is for, closes apart from "hide highlights", shows a legend of distinct colours, and cuts a
// selection that runs past the article back to the article.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/extension';
import { serveStatic, type StaticServer } from '../../scripts/harness/server';

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

async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((k) => String(k).startsWith('jianbao-')).length);
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The panel's (or its tab's) box on screen and the side it says it is at, or null when neither is shown. */
async function panelBox(page: Page): Promise<(Box & { side: string; tab: boolean }) | null> {
  return browser.panel(page).run(`(root) => {
    const el = root.querySelector('[data-testid=panel]') ?? root.querySelector('[data-testid=panel-tab]');
    if (!el || !el.getClientRects().length) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, side: el.dataset.side, tab: el.dataset.testid === 'panel-tab' };
  }`);
}

/**
 * Selects from the start of `from` to the end of `to` (each the first text node holding it) as a reader's drag,
 * ending with a trusted mouseup away from the text; returns the selection's box.
 */
async function select(page: Page, from: string, to: string = from): Promise<Box> {
  const box = await page.evaluate(
    ({ from, to }) => {
      const find = (needle: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent!.indexOf(needle);
          if (at >= 0) return { node: n, at };
        }
        throw new Error(`no ${needle}`);
      };
      const a = find(from);
      const b = find(to);
      const range = document.createRange();
      range.setStart(a.node, a.at);
      range.setEnd(b.node, b.at + to.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    },
    { from, to },
  );
  await page.mouse.move(1, 1);
  await page.mouse.up();
  return box;
}

/** Selects four characters of the paragraph starting with `paragraph`, on one line, right of `x` on screen. */
async function selectRightOf(page: Page, paragraph: string, x: number): Promise<Box> {
  const box = await page.evaluate(
    ({ paragraph, x }) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.startsWith(paragraph))!;
      p.scrollIntoView({ block: 'center' });
      const text = p.firstChild!;
      const rectOf = (i: number) => {
        const r = document.createRange();
        r.setStart(text, i);
        r.setEnd(text, i + 1);
        return r.getBoundingClientRect();
      };
      for (let i = 0; i + 4 < text.textContent!.length; i++) {
        const a = rectOf(i);
        if (a.left > x && rectOf(i + 3).top === a.top) {
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 4);
          const sel = document.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          const r = range.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }
      }
      throw new Error('no text that far right');
    },
    { paragraph, x },
  );
  await page.mouse.move(1, 1);
  await page.mouse.up();
  return box;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the panel on the sample newspaper page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(server.url('/seed/page.html'));
    await browser.click(page);
  });

  it('shows a legend with one distinct colour per category found on the page, with their counts', async () => {
    const panel = browser.panel(page);
    await panel.waitFor('[data-testid=legend] li');
    const items = await panel.run<{ category: string; label: string; colour: string }[]>(`(root) =>
      [...root.querySelectorAll('[data-testid=legend] li')].map((li) => ({
        category: li.dataset.category,
        label: li.textContent,
        colour: getComputedStyle(li.querySelector('.sw')).borderBottomColor,
      }))`);
    const categories = items.map((i) => i.category);
    // The founding page has places, money, percentages, quantities and plain numbers at least.
    expect(categories).toEqual(expect.arrayContaining(['place', 'money', 'percent', 'quantity']));
    expect(new Set(items.map((i) => i.colour)).size).toBe(items.length);
    expect(items.find((i) => i.category === 'place')!.label).toMatch(/^地名 \d+$/);
    // Each category the legend names is painted on the page under its highlight names.
    const names = await page.evaluate(() => [...CSS.highlights.keys()].map(String));
    expect(names).toContain('jianbao-place');
    expect(names).toContain('jianbao-figure-money');
  });

  it('is narrow by default (a fifth of the window or less), widens on request, and narrows again', async () => {
    const panel = browser.panel(page);
    const width = async () => {
      const b = await panelBox(page);
      return b ? Math.round(b.right - b.left) : null;
    };
    const narrow = (await width())!;
    expect(narrow).toBeLessThanOrEqual(1280 / 5);
    await panel.click('[data-testid=width]');
    await expect.poll(width).toBeGreaterThan(narrow + 80);
    expect(await panel.run(`(root) => root.querySelector('[data-testid=width]').getAttribute('aria-pressed')`)).toBe('true');
    await panel.click('[data-testid=width]');
    await expect.poll(width).toBe(narrow);
  });

  it('moves to the left edge and back, and folds to a tab that keeps the highlights', async () => {
    const panel = browser.panel(page);
    const right = (await panelBox(page))!;
    expect(right.side).toBe('right');
    expect(right.right).toBeGreaterThan(1200);
    await panel.click('[data-testid=move]');
    await expect.poll(async () => (await panelBox(page))?.side).toBe('left');
    expect((await panelBox(page))!.left).toBeLessThan(20);
    await panel.click('[data-testid=collapse]');
    await expect.poll(async () => (await panelBox(page))?.tab).toBe(true);
    const tab = (await panelBox(page))!;
    expect(tab.right - tab.left).toBeLessThan(60);
    expect(tab.left).toBeLessThan(20);
    expect(await highlightCount(page)).toBeGreaterThan(0);
  });

  it('remembers its place on the next page the reader opens (kept by the extension, not the page)', async () => {
    const next = await browser.context.newPage();
    await next.goto(server.url('/e2e/english-wire.html'));
    await browser.click(next);
    await expect.poll(async () => (await panelBox(next))?.tab).toBe(true);
    expect((await panelBox(next))!.side).toBe('left');
    // Nothing of it in the page's own storage.
    expect(await next.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    await browser.panel(next).click('[data-testid=panel-tab]');
    await expect.poll(async () => (await panelBox(next))?.tab).toBe(false);
    await browser.panel(next).click('[data-testid=move]');
    await expect.poll(async () => (await panelBox(next))?.side).toBe('right');
    await next.close();
  });

  it('× closes the panel and leaves the highlights; "hide highlights" leaves the panel', async () => {
    await page.bringToFront();
    const panel = browser.panel(page);
    await panel.click('[data-testid=panel-tab]');
    await expect.poll(async () => (await panelBox(page))?.tab).toBe(false);
    expect(await panel.run<string>(`(root) => root.querySelector('[data-testid=close]').getAttribute('aria-label')`)).toBe('关闭面板');
    await panel.click('[data-testid=close]');
    await expect.poll(() => panelBox(page)).toBe(null);
    expect(await highlightCount(page)).toBeGreaterThan(0);
    // The toolbar brings the closed panel back.
    const report = await browser.click(page);
    expect(report.visible).toBe(true);
    await expect.poll(async () => (await panelBox(page))?.tab).toBe(false);
    expect(await panel.text('[data-testid=toggle]')).toBe('隐藏标注');
    await panel.click('[data-testid=toggle]');
    await expect.poll(() => highlightCount(page)).toBe(0);
    expect(await panelBox(page)).not.toBe(null);
    expect(await panel.text('[data-testid=toggle]')).toBe('显示标注');
    await panel.click('[data-testid=toggle]');
    await expect.poll(() => highlightCount(page)).toBeGreaterThan(0);
  });

  it('opens its form at the other edge when it would cover the selected passage', async () => {
    await page.setViewportSize({ width: 900, height: 900 });
    try {
      const panel = browser.panel(page);
      // At the right edge (this tab still has it where the earlier test left it, at the left).
      if ((await panelBox(page))!.side === 'left') await panel.click('[data-testid=move]');
      await expect.poll(async () => (await panelBox(page))?.side).toBe('right');
      // A few characters near the right end of a line of the page's text, in the panel's band at the right edge.
      const box = await selectRightOf(page, '■上接第1版 为两地文旅企业', 900 - 300);
      await panel.click('.float-save');
      await panel.waitFor('[data-testid=clip-form]');
      const shown = (await panelBox(page))!;
      expect(shown.side).toBe('left');
      expect(overlaps(shown, box)).toBe(false);
      await panel.click('[data-testid=clip-form] button[type=button]');
      // The form closed: back at the edge the reader chose.
      await expect.poll(async () => (await panelBox(page))?.side).toBe('right');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  // Fault test: with the clamp removed from the annotator's openDraft this fails (the quote ends in the footer's
  // 版权所有; tried and restored).
  it('cuts a selection that runs into the footer back to the article, and says so', async () => {
    const panel = browser.panel(page);
    const last = '据悉,自治区文化和旅游厅接下来还将在深圳市举办面向粤港澳大湾区的主题招商推介。';
    await select(page, '入内蒙古包机奖励办法', '版权所有');
    await panel.click('.float-save');
    await panel.waitFor('[data-testid=clip-clipped]');
    const quote = (await panel.text('[data-testid=clip-quote]'))!;
    expect(quote.endsWith(last)).toBe(true);
    expect(quote).not.toContain('版权所有');
    await panel.click('[data-testid=clip-form] button[type=button]');
    await panel.waitFor('[data-testid=clip-form]', 'gone');
  });

  it('shows how long a long passage is, and its end', async () => {
    const panel = browser.panel(page);
    await select(page, '■上接第1版 为两地文旅企业', '主题招商推介。');
    await panel.click('.float-save');
    await panel.waitFor('[data-testid=clip-length]');
    expect(await panel.text('[data-testid=clip-length]')).toMatch(/^已选 \d{3} 字，显示开头和结尾$/);
    expect(await panel.text('[data-testid=clip-end]')).toMatch(/主题招商推介。$/);
    expect(await panel.count('[data-testid=clip-clipped]')).toBe(0);
    await panel.click('[data-testid=clip-form] button[type=button]');
  });
});
