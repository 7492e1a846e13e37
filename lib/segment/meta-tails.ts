// Headlines closed by their meta on the same line: some list pages print each item's date, byline and address after
// its headline ("議員促當局交代… 2024年03月13日|文:論盡採訪組", "… 2020年09月20日|文:…|https://…/?p=64890") over
// the teaser. Where two lines or more of the page end so, each over a longer paragraph, the meta is split off onto a
// line of its own before the page is segmented (a headline, then a meta line, as other list pages lay them out);
// the source maps are carried back to the blocks as given.
import type { Block } from '../types';
import { splitBlocksAt, type Origin } from './tail-heads';

/** A date (2024年03月13日, 2024/01/10, 2024-01-10), an optional time, then "|"-parted meta to the line's end. */
const META_TAIL = /\s+((?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*\d{1,2}:\d{2})?\s*[|｜][^|｜]{1,60}(?:[|｜][^|｜]{1,80})*)$/u;
/** A headline's length before the meta. */
const MIN_HEAD = 6;
const MAX_HEAD = 90;
/** The paragraph under it: longer than the line's headline. */
const MIN_UNDER = 30;
/** Lines so closed a page shows before it reads them as headline and meta. */
const MIN_LINES = 2;

/** The offset where the meta closing a headline line starts, or -1. */
export function metaTailAt(text: string): number {
  // (The meta is parted by bars: a line with none is passed over unscanned.)
  const m = text.includes('|') || text.includes('｜') ? META_TAIL.exec(text) : null;
  if (!m) return -1;
  const head = text.slice(0, m.index).trim();
  if (head.length < MIN_HEAD || head.length > MAX_HEAD) return -1;
  // A sentence's stop closes a paragraph, not a headline.
  if (/[。.!?！？]$/u.test(head)) return -1;
  return m.index + (m[0].length - m[1]!.length);
}

/** The page with the meta closing headline lines split off, or null when the page does not close them so. */
export function splitMetaTails(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const cuts = new Map<number, number>();
  for (let i = 0; i < blocks.length; i++) {
    const next = blocks[i + 1];
    if (!next || next.text.length < MIN_UNDER) continue;
    const at = metaTailAt((blocks[i] as Block).text);
    if (at > 0) cuts.set(i, at);
  }
  if (cuts.size < MIN_LINES) return null;
  return splitBlocksAt(blocks, cuts, () => ({ headingLevel: null, emphasis: false }));
}
