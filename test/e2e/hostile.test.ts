// Broken and hostile pages in real Chromium with the built extension: a click never fails or hangs (the bound
// is testTimeout), the page's markup is left exactly as it was, an empty page says so in the panel, and page
// text that looks like markup never runs — not on the page, not in the library page.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/extension';
import { serveStatic, type StaticServer } from '../../scripts/harness/server';

const NOTHING_ZH = '本页没有找到可提取的文章。';

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

/** The document's markup without the extension's own host element (which lives outside <body>). */
function markup(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (!root) return '';
    const copy = root.cloneNode(true) as Element;
    for (const host of copy.querySelectorAll('jianbao-ui')) host.remove();
    return copy.outerHTML;
  });
}

/** Text of every range painted under a jianbao- highlight name. */
function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((h, name) => {
      if (String(name).startsWith('jianbao-')) h.forEach((r) => out.push((r as Range).toString()));
    });
    return out;
  });
}

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url(path));
  return { page, errors };
}

/** Clicks the toolbar action and checks the page is byte-for-byte what it was. */
async function clickUnchanged(page: Page) {
  const before = await markup(page);
  const report = await browser.click(page);
  expect(await markup(page)).toBe(before);
  return report;
}

describe('pages with nothing to extract', () => {
  for (const path of ['/hostile/empty.html', '/hostile/no-body.xhtml', '/hostile/frameset.html']) {
    it(`${path}: the panel says there is no article text`, async () => {
      const { page } = await open(path);
      const report = await clickUnchanged(page);
      expect(report.articles).toBe(0);
      expect(report.message).toBe(NOTHING_ZH);
      await expect.poll(() => browser.panel(page).text('.message')).toBe(NOTHING_ZH);
      await page.close();
    });
  }
});

describe('huge, deep and odd pages', () => {
  const STORY_HEADLINE = '去年全区口岸进出境货运量同比增长14.7%';

  for (const path of ['/hostile/many-nodes.html', '/hostile/huge-text.html', '/hostile/deep.html', '/hostile/deep-blocks.html', '/hostile/shadow.html']) {
    it(`${path}: the story is found and painted, the page unchanged`, async () => {
      const { page, errors } = await open(path);
      const report = await clickUnchanged(page);
      expect(report.articles).toBeGreaterThan(0);
      const headlines = await browser.panel(page).texts('[data-testid=articles] .headline');
      expect(headlines).toContain(STORY_HEADLINE);
      expect(await paintedTexts(page)).toContain('5842.2万吨');
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('invisible text is neither listed nor painted', async () => {
    const { page } = await open('/hostile/invisible.html');
    const report = await clickUnchanged(page);
    expect(report.articles).toBe(1);
    const painted = (await paintedTexts(page)).join(' ');
    expect(painted).toContain('5842.2万吨');
    for (const hidden of ['7777.7', '8888.8', '6666.6', '5555.5']) expect(painted).not.toContain(hidden);
    await page.close();
  });

  it('right-to-left pages and bidi controls: highlights cover exactly the figures and places', async () => {
    const { page } = await open('/hostile/rtl.html');
    const report = await clickUnchanged(page);
    expect(report.articles).toBeGreaterThan(0);
    const painted = await paintedTexts(page);
    expect(painted).toEqual(expect.arrayContaining(['5842.2万吨', '包头市', '660.19亿元']));
    await page.close();
  });

  it('emoji and rare CJK next to figures and places: highlights start and end on the right characters', async () => {
    const { page } = await open('/hostile/emoji.html');
    const report = await clickUnchanged(page);
    expect(report.articles).toBe(1);
    const painted = await paintedTexts(page);
    expect(painted).toEqual(expect.arrayContaining(['5842.2万吨', '1900万吨', '包头市', '鄂尔多斯市', '660.19亿元']));
    // No painted range cuts a surrogate pair in half.
    for (const t of painted) expect(t).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    await page.close();
  });
});

describe('page text that looks like markup never runs', () => {
  it('not on the page when it is annotated and saved, nor in the library page that lists it', async () => {
    const { page } = await open('/hostile/markup-text.html');
    const pwned = (p: Page) => p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    const report = await clickUnchanged(page);
    expect(report.articles).toBe(1);
    const panel = browser.panel(page);
    await expect.poll(() => panel.text('[data-testid=articles] .headline')).toBe('<img src=x onerror="window.__pwned=1">');
    expect(await panel.count('img, script, iframe')).toBe(0);

    // Save the whole article through the panel.
    await panel.click('[data-testid=articles] button.save');
    await panel.waitFor('[data-testid=toast]');
    expect(await panel.text('[data-testid=toast]')).not.toMatch(/未能保存|Not saved/);
    expect(await pwned(page)).toBeUndefined();

    const library = await browser.context.newPage();
    const libraryErrors: string[] = [];
    library.on('pageerror', (e) => libraryErrors.push(e.message));
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await expect.poll(() => library.locator('.clip-text').count()).toBeGreaterThan(0);
    // A saved article keeps its body as text; its headline shows as the article it came from.
    expect(await library.locator('.clip-text').first().textContent()).toContain('<script>window.__pwned=2</script>');
    await expect.poll(() => library.getByText('<img src=x onerror="window.__pwned=1">', { exact: false }).count()).toBeGreaterThan(0);
    expect(await library.locator('main img, main script, main iframe').count()).toBe(0);
    expect(await pwned(library)).toBeUndefined();
    expect(await pwned(page)).toBeUndefined();
    expect(libraryErrors).toEqual([]);
    await library.close();
    await page.close();
  });
});
