// What a reader does, scripted: select a passage and save it through the panel; export from the popup.
import type { Page } from 'playwright-core';

/** Selects the first sentence of the first page paragraph containing `paragraphContaining`, saves it with a note. */
export async function saveSelectionThroughPanel(page: Page, o: { paragraphContaining: string; note: string; tags: string }): Promise<number> {
  const selected = await page.evaluate((needle) => {
    const p = [...document.querySelectorAll('p')].find((el) => (el.textContent ?? '').includes(needle));
    const node = p?.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) return '';
    const text = node.textContent ?? '';
    const end = Math.max(text.indexOf('。') + 1, Math.min(text.length, 40));
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, end);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return range.toString();
  }, o.paragraphContaining);
  if (!selected) throw new Error(`no paragraph contains ${o.paragraphContaining}`);
  await page.locator('jianbao-ui .float-save').click();
  await page.locator('jianbao-ui [data-testid=clip-form] textarea').fill(o.note);
  await page.locator('jianbao-ui [data-testid=clip-form] input:not([type=radio])').fill(o.tags);
  await page.locator('jianbao-ui [data-testid=clip-save]').click();
  await page.locator('jianbao-ui [data-testid=toast]').waitFor();
  const toast = await page.locator('jianbao-ui [data-testid=toast]').textContent();
  if (!toast || /未能保存|Not saved/.test(toast)) throw new Error(`saving failed: ${toast}`);
  return 1;
}

/** Clicks the popup's Markdown export and returns the downloaded file's text. */
export async function exportMarkdownFromPopup(popup: Page): Promise<string> {
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: /^(下载 Markdown|Download Markdown)$/ }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
