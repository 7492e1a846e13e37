// Headlines set as a picture's caption: some government and school news lists title an item with a label, a colon
// and the caption of its picture, a sentence with its stop ("傳統盛會:  楊潤雄(前排右二)代表特區政府出席…大典。"),
// over a teaser that tells the same again in its first sentence. A sentence with a stop reads as text, not as a
// headline; a labelled caption made of the words of the paragraph under it, twice or more on the page, is the
// items' headline.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { sharedWords } from './overlap';

/** A short label, a colon and spaces, then one sentence closed by its stop. */
const LABELLED_CAPTION = /^\s*[\u3400-\u9fff]{2,6}\s*[:：]\s+([^。！？!?]{8,80}[。！？!?])\s*$/u;
/** The share of the caption's character pairs found in the paragraph under it. */
const MIN_SHARED = 0.5;
/** How much of the paragraph under it is compared: its lead. */
const LEAD = 120;
/** Such lines a page shows before they are read as its items' headlines. */
const MIN_LINES = 2;

export function markCaptionHeadlines(blocks: readonly Block[], infos: BlockInfo[]): void {
  const found: number[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (info.title || info.byline || info.markerOnly || info.dateline || info.credit) continue;
    const m = LABELLED_CAPTION.exec(blocks[i]?.text ?? '');
    const next = blocks[i + 1]?.text ?? '';
    if (!m || next.length < (m[1]?.length ?? 0) * 1.5) continue;
    if (sharedWords(m[1] ?? '', next.slice(0, LEAD)) >= MIN_SHARED) found.push(i);
  }
  if (found.length < MIN_LINES) return;
  for (const i of found) infos[i] = { ...(infos[i] as BlockInfo), title: true };
}
