// What a reader does, scripted: select a passage and save it through the panel; export from the popup.
import type { Page } from 'playwright-core';

/** Selects the first occurrence of `text` on the page (inside one text node), as a reader dragging over it. */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`the page has no text ${JSON.stringify(text)}`);
}

/** Selects `text` and saves it through the panel's clipping form with a note and tags. */
export async function saveSelectionThroughPanel(page: Page, o: { text: string; note: string; tags: string }): Promise<void> {
  await selectText(page, o.text);
  await page.locator('jianbao-ui .float-save').click();
  await page.locator('jianbao-ui [data-testid=clip-form] textarea').fill(o.note);
  await page.locator('jianbao-ui [data-testid=clip-form] input:not([type=radio])').fill(o.tags);
  await page.locator('jianbao-ui [data-testid=clip-save]').click();
  // Saved: the form closes. Refused: it stays and an error toast says why.
  const error = page.locator('jianbao-ui .toast.error');
  await Promise.race([page.locator('jianbao-ui [data-testid=clip-form]').waitFor({ state: 'detached' }), error.waitFor()]);
  if (await error.count()) throw new Error(`saving failed: ${await error.textContent()}`);
}

/** Clicks the popup's Markdown export and returns the downloaded file's text. */
export async function exportMarkdownFromPopup(popup: Page): Promise<string> {
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: /^(下载 Markdown|Download Markdown)$/ }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
