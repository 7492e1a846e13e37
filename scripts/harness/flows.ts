// What a reader does, scripted: select a passage and save it through the panel; export from the popup.
import type { Page } from 'playwright-core';
import type { Panel } from './panel';

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
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`the page has no text ${JSON.stringify(text)}`);
  // The reader lets go of the mouse: a real (trusted) mouseup, the only kind the panel listens to. Released at the
  // window's top-left corner, away from the text, so nothing is clicked.
  await page.mouse.move(1, 1);
  await page.mouse.up();
}

/** Selects `text` and saves it through the panel's clipping form with a note and tags. */
export async function saveSelectionThroughPanel(page: Page, panel: Panel, o: { text: string; note: string; tags: string }): Promise<void> {
  await selectText(page, o.text);
  await panel.click('.float-save');
  await panel.fill('[data-testid=clip-form] textarea', o.note);
  await panel.fill('[data-testid=clip-form] input:not([type=radio])', o.tags);
  await panel.click('[data-testid=clip-save]');
  // Saved: the form closes. Refused: it stays and an error toast says why. Polled, as Playwright's waits are.
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    const [form, error] = await panel.run<[number, string | null]>(
      `(root) => [root.querySelectorAll('[data-testid=clip-form]').length, root.querySelector('.toast.error')?.textContent ?? null]`,
    );
    if (error !== null) throw new Error(`saving failed: ${error}`);
    if (!form) return;
  }
  throw new Error('the clipping form neither closed nor said why');
}

/** Clicks the popup's Markdown export and returns the downloaded file's text. */
export async function exportMarkdownFromPopup(popup: Page): Promise<string> {
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: /^(下载 Markdown|Download Markdown)$/ }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
