// The library in real Chromium: clippings saved on the sample page are found, filtered and exported.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/extension';
import { serveStatic, type StaticServer } from '../../scripts/harness/server';
import { exportMarkdownFromPopup, saveSelectionThroughPanel } from '../../scripts/harness/flows';

let server: StaticServer;
let browser: ExtensionBrowser;
let library: Page;

const PASSAGES = [
  { text: '2022年全区口岸完成进出境货运量5842.2万吨,同比增长14.7%', note: '口岸货运量创新高', tags: '口岸, 货运' },
  { text: '其中鄂尔多斯市准格尔旗4.9毫米、乌审旗河南乡4.8毫米', note: '降雪量', tags: '天气' },
  { text: '阿拉善盟阿拉善左旗李井滩5.3毫米、鄂尔多斯市东胜区5.3毫米', note: '', tags: '天气' },
  { text: '全年累计出口整车19785辆,同比增长193.2%', note: '整车出口', tags: '口岸' },
];

beforeAll(async () => {
  server = await serveStatic(resolve('test/fixtures'));
  browser = await launchWithExtension();
  const page = await browser.context.newPage();
  await page.goto(server.url('/seed/page.html'));
  await browser.click(page);
  const panel = browser.panel(page);
  for (const p of PASSAGES) await saveSelectionThroughPanel(page, panel, p);
  await panel.click('[data-testid=articles] li:nth-child(8) button.save');
  await panel.waitFor('[data-testid=toast]:not(.error)');
  library = await browser.context.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the library page', () => {
  it('shows every saved clipping with its article', async () => {
    await expect.poll(() => library.getByText('降雪量').count()).toBe(1);
    for (const p of PASSAGES) await expect.poll(() => library.getByText(p.text, { exact: true }).count()).toBe(1);
    expect(await library.getByText('全区多地降雪有效缓解当前旱情', { exact: false }).count()).toBeGreaterThan(0);
  });

  it('reads at 14–16 px, and each row shows its passage, note, source and actions whole', async () => {
    // Chromium's own style for extension pages would make the body 11.25 px.
    const layout = await library.evaluate(`(() => [...document.querySelectorAll('article.clip')].map((row) => {
      const box = row.parentElement.getBoundingClientRect();
      const actions = row.querySelector('.clip-actions').getBoundingClientRect();
      return { text: parseFloat(getComputedStyle(row.querySelector('.clip-text')).fontSize), button: parseFloat(getComputedStyle(row.querySelector('button')).fontSize), actionsInside: actions.bottom <= box.bottom };
    }))()`) as { text: number; button: number; actionsInside: boolean }[];
    expect(layout.length).toBeGreaterThan(0);
    for (const row of layout) {
      expect(row.text).toBeGreaterThanOrEqual(14);
      expect(row.text).toBeLessThanOrEqual(16);
      expect(row.button).toBeGreaterThanOrEqual(14);
      expect(row.actionsInside).toBe(true);
    }
  });

  it('keeps a whole saved article as its repaired text, column breaks joined', async () => {
    await library.getByLabel('搜索剪报').fill('管道有限责任公司代表提出的问题');
    await expect.poll(() => library.getByText('包头市九原区开展服务企业“面对面”大走访活动', { exact: false }).count()).toBeGreaterThan(0);
    await library.getByLabel('搜索剪报').fill('');
  });

  it('finds clippings by a Chinese word inside a sentence', async () => {
    await library.getByLabel('搜索剪报').fill('货运量');
    await expect.poll(() => library.getByText(PASSAGES[0]!.text, { exact: true }).count()).toBe(1);
    await expect.poll(() => library.getByText(PASSAGES[1]!.text, { exact: true }).count()).toBe(0);
    await library.getByLabel('搜索剪报').fill('');
  });

  it('filters by a prefecture and finds the counties inside it', async () => {
    await library.getByLabel('地点').selectOption('150600');
    await expect.poll(() => library.getByText(PASSAGES[1]!.text, { exact: true }).count()).toBe(1);
    await expect.poll(() => library.getByText(PASSAGES[2]!.text, { exact: true }).count()).toBe(1);
    await expect.poll(() => library.getByText(PASSAGES[0]!.text, { exact: true }).count()).toBe(0);
    await library.getByLabel('地点').selectOption('');
  });

  it('exports the library as the Markdown in the golden file', async () => {
    const markdown = await exportMarkdownFromPopup(library);
    const normalised = markdown
      .replaceAll(server.origin, 'http://127.0.0.1:PORT')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, 'SAVED-AT')
      // The seed page states no date: its datelines take the year of the save, which the golden file cannot know.
      .replace(/\d{4}(年\d{1,2}月\d{1,2}日[^\n]*（年份按保存日期推定）)/g, 'SAVE-YEAR$1');
    const golden = resolve('test/fixtures/golden/e2e-sample-library.md');
    // UPDATE_GOLDEN=1 rewrites the golden file after a deliberate change of format; read the diff before committing.
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, normalised);
    expect(normalised).toBe(readFileSync(golden, 'utf8'));
  });

  it('shows the saved places on a map of China, darker for more clippings, and a click on a prefecture filters the list', async () => {
    await library.getByRole('button', { name: '地图', exact: true }).click();
    const ordos = library.locator('path[data-code="150600"]');
    await ordos.waitFor();
    // 鄂尔多斯 is named by three clippings (two passages and the whole article), 阿拉善盟 by one.
    await expect.poll(() => ordos.locator('title').textContent()).toMatch(/^鄂尔多斯市：\d+ 条剪报$/);
    const shade = (code: string) => library.locator(`path[data-code="${code}"]`).getAttribute('fill');
    expect(await shade('150600')).not.toBe(await shade('152900'));
    expect(await shade('150600')).not.toBe(await shade('650100'));
    await library.screenshot({ path: resolve('out/e2e-library-map.png') });
    await ordos.click();
    await library.getByRole('button', { name: '列表', exact: true }).click();
    await expect.poll(() => library.getByText(PASSAGES[1]!.text, { exact: true }).count()).toBe(1);
    await expect.poll(() => library.getByText(PASSAGES[0]!.text, { exact: true }).count()).toBe(0);
    await library.getByLabel('地点').selectOption('');
  });

  it('lists the figures by kind and unit, and the tonnes of freight sort to the top by size', async () => {
    await library.getByRole('button', { name: '数字', exact: true }).click();
    const table = library.locator('.figures-table');
    await table.waitFor();
    await library.getByRole('button', { name: '最大', exact: true }).click();
    const first = await table.locator('tbody tr.figure-group').first().locator('th, td').allTextContents();
    expect(first[0]).toBeTruthy();
    // Years are left out unless asked for.
    expect(await table.locator('tbody tr.figure-group th', { hasText: '日期' }).count()).toBe(0);
    await library.screenshot({ path: resolve('out/e2e-library-figures.png') });
    await library.getByRole('button', { name: '列表', exact: true }).click();
  });
});
