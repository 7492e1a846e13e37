// Other pages a reader meets: an English wire story, a site with a strict CSP, a page edited after saving.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/extension';
import { serveStatic, type StaticServer } from '../../scripts/harness/server';
import { saveSelectionThroughPanel, selectText } from '../../scripts/harness/flows';
import type { SaveResult } from '../../lib/messages';
import { resolveDate } from '../../lib/dates';

let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveStatic(resolve('test/fixtures'));
  browser = await launchWithExtension({ locale: 'en-US' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const highlightNames = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const names: string[] = [];
    CSS.highlights.forEach((_h, name) => names.push(name));
    return names.sort();
  });

describe('an English wire story', () => {
  it('is one article under its own headline, with figures and places highlighted and an English panel', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/e2e/english-wire.html'));
    const report = await browser.click(page);
    expect(report.articles).toBe(1);
    const panel = browser.panel(page);
    expect(await panel.texts('.headline')).toEqual(['Mongolia coal exports to China jump as border crossings reopen']);
    expect(report.figures).toBeGreaterThanOrEqual(5);
    expect(report.places).toBeGreaterThanOrEqual(4);
    const names = await highlightNames(page);
    expect(names).toContain('jianbao-place');
    expect(names).toContain('jianbao-figure-money');
    expect(names).toContain('jianbao-figure-percent');
    expect(await panel.text('[data-testid=summary]')).toMatch(/1 article/);
  });

  it('shows the normalised value when the reader hovers a figure', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/e2e/english-wire.html'));
    await browser.click(page);
    const box = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('$4.2 billion'))!;
      const node = p.firstChild!;
      const at = node.textContent!.indexOf('$4.2 billion');
      const r = document.createRange();
      r.setStart(node, at + 2);
      r.setEnd(node, at + 3);
      const rect = r.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x - 20, box.y);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    const panel = browser.panel(page);
    await expect.poll(() => panel.visible('.tip')).toBe(true);
    expect(await panel.text('.tip')).toContain('4,200,000,000 USD');
  });
});

describe('a page with an embedded frame', () => {
  it('reads the top frame only and leaves the frame untouched', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/e2e/with-iframe.html'));
    const frame = page.frames().find((f) => f.url().endsWith('/e2e/english-wire.html'))!;
    await frame.waitForLoadState();
    const report = await browser.click(page);
    expect(report.articles).toBe(1);
    expect(await browser.panel(page).texts('.headline')).toEqual(['内蒙古口岸货运量再创新高']);
    expect(report.figures).toBeGreaterThanOrEqual(6);
    expect(await frame.evaluate(() => [CSS.highlights.size, document.querySelector('jianbao-ui')])).toEqual([0, null]);
  });
});

describe('a site with a strict Content-Security-Policy', () => {
  it('is annotated all the same: panel, highlights and saving work', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed/page.html?csp=strict'));
    const report = await browser.click(page);
    expect(report.articles).toBe(12);
    // The policy really applies: the page itself may not run inline script.
    const ranInline = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      script.remove();
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(ranInline).toBe(false);
    const panel = browser.panel(page);
    expect(await panel.visible('.panel')).toBe(true);
    expect(await highlightNames(page)).toContain('jianbao-place');
    await saveSelectionThroughPanel(page, panel, { text: '全年累计出口整车19785辆', note: '', tags: '' });
    expect(await panel.paintedClippings()).toEqual(['全年累计出口整车19785辆']);
  });
});

describe('saved clippings on a page that changed', () => {
  it('finds a clipping again after the page was edited, and counts one that is gone as an orphan', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed/page.html?edit'));
    await browser.click(page);
    const panel = browser.panel(page);
    await saveSelectionThroughPanel(page, panel, { text: '全年进口煤炭278.7万吨,同比增长53.8%', note: '', tags: '' });
    await saveSelectionThroughPanel(page, panel, { text: '共签订、达成意向协议10个', note: '', tags: '' });
    await page.reload();
    // The paper corrected its page: a sentence added before the first clipping, the second passage rewritten.
    await page.evaluate(() => {
      const ps = [...document.querySelectorAll('p')];
      const coal = ps.find((p) => p.textContent!.includes('278.7万吨'))!;
      coal.textContent = '（更正）' + coal.textContent!.replace('组合拳,', '组合拳，');
      const deal = ps.find((p) => p.textContent!.includes('达成意向协议10个'))!;
      deal.textContent = deal.textContent!.replace('共签订、达成意向协议10个', '此前已有多个项目落地');
      document.body.prepend(Object.assign(document.createElement('p'), { textContent: '本版有更新。' }));
    });
    const report = await browser.click(page);
    expect(report.clippings).toBe(1);
    expect(report.orphans).toBe(1);
    const reloaded = browser.panel(page);
    expect(await reloaded.paintedClippings()).toEqual(['全年进口煤炭278.7万吨,同比增长53.8%']);
    // The orphan is counted in the panel; its text is the library's and is not placed into the page at all.
    expect(await reloaded.text('[data-testid=orphans]')).toMatch(/^1 saved clipping could not be placed|^1 条已存剪报/);
    expect(await reloaded.run<string>('(root) => root.textContent')).not.toContain('共签订、达成意向协议10个');
  });
});

describe('a page that changes after it was read', () => {
  it('offers a re-run, and the re-run reads the new story', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/e2e/english-wire.html?live'));
    const first = await browser.click(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Update: officials in Ulaanbaatar later said exports could reach $5 billion this year.';
      document.querySelector('article')!.append(p);
    });
    const panel = browser.panel(page);
    await panel.click('[data-testid=stale] button');
    await expect.poll(async () => (await panel.text('[data-testid=summary]')) ?? '').not.toContain(`${first.figures} figures`);
    expect(await panel.count('[data-testid=stale]')).toBe(0);
  });
});

describe('the context menu "Save selection to Jianbao"', () => {
  it('saves what is selected, even before the toolbar was clicked on that page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed/page.html?menu'));
    await selectText(page, '创新采用集装箱吊运、接驳等方式进口活羊');
    const id = await browser.tabId(page);
    const result = await browser.worker.evaluate(
      (tab) => (globalThis as unknown as { __jianbao: { saveSelection(id: number): Promise<SaveResult> } }).__jianbao.saveSelection(tab),
      id,
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.clipping.text).toBe('创新采用集装箱吊运、接驳等方式进口活羊');
      expect(result.clipping.article?.headline).toBe('去年全区口岸进出境货运量同比增长14.7%');
      // The page states no date: its "2月9日" takes the year of the save, marked so.
      expect(result.clipping.article?.dateline).toMatchObject({ source: '本报', date: resolveDate('2月9日', new Date()), dateFrom: 'saved' });
    }
    expect(await browser.panel(page).text('[data-testid=toast]')).toBe('Saved to your library');
  });
});
