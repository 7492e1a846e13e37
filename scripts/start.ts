// `npm start`: the main job on the sample page — annotate, save a clipping, export Markdown, take screenshots.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './harness/extension';
import { serveStatic } from './harness/server';
import { saveSelectionThroughPanel, exportMarkdownFromPopup } from './harness/flows';
import { cjkGlyphsMissing, MISSING_GLYPHS_WARNING } from './harness/glyphs';

const OUT = resolve('out');
/** What `npm start` writes to look at (README, Quick start). */
const SHOTS = ['page.png', 'page-deuteranopia.png', 'page-tab-left.png', 'popup.png', 'library.png', 'library-map.png', 'library-figures.png'];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // The founding example page, the same file the segmenter's tests are held to.
  const server = await serveStatic(resolve('test/fixtures/seed'));
  // A visible window when there is a display to show it on.
  const browser = await launchWithExtension({ headless: !process.env.DISPLAY });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('/page.html'));
    const report = await browser.click(page);
    const passages = [
      { text: '2022年全区口岸完成进出境货运量5842.2万吨,同比增长14.7%', note: '口岸货运量创新高', tags: '口岸, 货运' },
      { text: '其中鄂尔多斯市准格尔旗4.9毫米、乌审旗河南乡4.8毫米', note: '降雪量', tags: '天气' },
    ];
    for (const p of passages) await saveSelectionThroughPanel(page, browser.panel(page), p);
    const saved = passages.length;
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: resolve(OUT, 'page.png') });
    // The same view as a reader with deuteranopia sees it (Machado, Oliveira & Fernandes 2009, severity 1, applied
    // in linear RGB by an SVG filter on the whole page, panel and legend included), to check the legend's colours.
    await page.evaluate(() => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('style', 'position:absolute;width:0;height:0');
      svg.innerHTML = '<filter id="jianbao-deuteranopia" color-interpolation-filters="linearRGB"><feColorMatrix type="matrix" values="0.367322 0.860646 -0.227968 0 0  0.280085 0.672501 0.047413 0 0  -0.011820 0.042940 0.968881 0 0  0 0 0 1 0"/></filter>';
      // Outside <body>: the panel watches the body for changes and would offer a re-run.
      document.documentElement.append(svg);
      document.documentElement.style.filter = 'url(#jianbao-deuteranopia)';
    });
    await page.screenshot({ path: resolve(OUT, 'page-deuteranopia.png') });
    await page.evaluate(() => {
      document.documentElement.style.filter = '';
      document.getElementById('jianbao-deuteranopia')?.parentElement?.remove();
    });
    // The panel moved to the left edge and folded to its tab: the highlights stay, the text is clear.
    const panel = browser.panel(page);
    await panel.click('[data-testid=move]');
    await panel.click('[data-testid=collapse]');
    await panel.waitFor('[data-testid=panel-tab]');
    await page.screenshot({ path: resolve(OUT, 'page-tab-left.png') });
    await panel.click('[data-testid=panel-tab]');
    await panel.click('[data-testid=move]');
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const markdown = await exportMarkdownFromPopup(popup);
    writeFileSync(resolve(OUT, 'notes.md'), markdown);
    await popup.screenshot({ path: resolve(OUT, 'popup.png') });
    // The library as a workspace, in a full window: the list, the map of the places clipped, the figures view.
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('article.clip').first().waitFor();
    await library.screenshot({ path: resolve(OUT, 'library.png') });
    const views = library.locator('.views button');
    await views.nth(1).click();
    await library.locator('.map-view path.counted').first().waitFor();
    await library.screenshot({ path: resolve(OUT, 'library-map.png') });
    await views.nth(2).click();
    await library.locator('.figures-view tr.figure-group').first().waitFor();
    await library.screenshot({ path: resolve(OUT, 'library-figures.png') });
    // Chinese drawn as boxes would make the screenshots useless: say so rather than pass them off.
    const glyphsMissing = await cjkGlyphsMissing(page);
    console.log(
      [
        'Jianbao sample run',
        `  page:        ${server.url('/page.html')}`,
        `  articles:    ${report.articles}`,
        `  highlights:  ${report.figures} figures, ${report.places} places`,
        `  clippings:   ${saved} saved`,
        `  markdown:    ${resolve(OUT, 'notes.md')}`,
        `  screenshots: ${SHOTS.map((name) => resolve(OUT, name)).join(', ')}`,
        `  glyphs:      ${glyphsMissing ? 'MISSING: Chinese shows as boxes' : 'Chinese renders'}`,
      ].join('\n'),
    );
    if (glyphsMissing) console.error(MISSING_GLYPHS_WARNING);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(`npm start failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
