// A photo feature's pictures above its text, as a stored page keeps them: each caption printed twice, the image's
// alt text and the caption itself, on consecutive lines ("阮长安采访全国两会" / "阮长安采访全国两会"), or with one line
// between (a video's title, its player's label, the title again), but not a title of two lines printed twice. Between the headline and the story's first
// paragraph, two such pairs or more are the story's pictures: captions kept with the story as figcaptions are
// (article.ts), never headlines of stories of their own. One pass to the first paragraph, each line compared with
// the next two only.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A caption: a few words to a line; a paragraph of prose is this long at least and no headline line. */
const MAX_COPY = 60;
const MIN_PROSE = 30;
const MIN_PAIRS = 2;

export function markPairedCaptions(blocks: readonly Block[], infos: BlockInfo[]): void {
  const n = blocks.length;
  const text = (k: number) => blocks[k]?.text.trim() ?? '';
  let prose = 0;
  while (prose < n && (infos[prose]?.title || text(prose).length < MIN_PROSE)) prose++;
  const pairs: number[] = [];
  for (let i = 1; i < prose; i++) {
    const t = text(i);
    if (!t || t.length > MAX_COPY || infos[i]?.dateline || infos[i]?.pageLabel) continue;
    if (i + 1 < prose && text(i + 1) === t) pairs.push(i, i + 1);
    // (A two-line title printed twice, A B A B, is the page's title listed over its own print: no captions.)
    else if (i + 2 < prose && text(i + 2) === t && text(i + 1) !== text(i + 3) && text(i - 1) !== text(i + 1)) pairs.push(i, i + 2);
  }
  if (pairs.length < 2 * MIN_PAIRS) return;
  for (const k of pairs) infos[k] = { ...(infos[k] as BlockInfo), title: false, byline: null, caption: true, credit: null };
}
