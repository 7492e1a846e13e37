// A headline in a listing's headline slot that reads as a sentence: category and tag pages set each item as one
// headline line over one teaser paragraph, and a headline of two short sentences ("University of Memphis will
// operate its own school district. An inside look at its plans") is not read as a headline line (a stop inside it),
// so it ran on into the teaser above as a second paragraph, and its item was lost. Where the page sets three items
// or more as a headline line over exactly one paragraph, a short line that closes on no stop, standing between a
// paragraph and one paragraph followed by the next headline (or the page's end), sits where the listing puts its
// headlines: it is one. A story's text never leaves a line unfinished between two paragraphs. One pass over the
// blocks to count the pattern and one to mark: linear.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** Headline lines over exactly one paragraph that make the page a listing: at least this many. */
const MIN_ITEMS = 3;
/** A headline line runs to some 120 characters at most. */
const MAX_HEAD = 120;
/** A sentence's stop (or a lead-in's colon, a clause's comma) closing the line: finished text, no headline. */
const OPEN_END = /[。！？!?.；;…:：,，」”"’）)】]\s*$/u;
/** A stop inside the line: the reason it was not read as a headline. */
const INNER_STOP = /[.!?。！？]\s+\S/u;

function isParagraph(info: BlockInfo | undefined): boolean {
  return !!info && !info.title && !info.markerOnly && !info.byline && !info.caption && !info.pageLabel;
}

/** Marks short unstopped lines in a listing's headline slot as headlines. */
export function markSlotHeads(blocks: readonly Block[], infos: BlockInfo[]): void {
  const n = blocks.length;
  const titled = (k: number) => k >= n || !!infos[k]?.title;
  let items = 0;
  let heads = 0;
  for (let k = 0; k < n; k++) {
    if (!infos[k]?.title) continue;
    heads++;
    if (isParagraph(infos[k + 1]) && titled(k + 2)) items++;
  }
  if (items < MIN_ITEMS || items * 2 < heads) return;
  for (let k = 1; k + 1 < n; k++) {
    const text = blocks[k]?.text.trim() ?? '';
    if (!isParagraph(infos[k]) || !isParagraph(infos[k - 1]) || !isParagraph(infos[k + 1]) || !titled(k + 2)) continue;
    if (text.length > MAX_HEAD || OPEN_END.test(text) || !INNER_STOP.test(text) || !/\p{L}/u.test(text)) continue;
    // The teaser under it is longer than the line, as every teaser is longer than its headline.
    if ((blocks[k + 1]?.text.length ?? 0) <= text.length) continue;
    (infos[k] as BlockInfo).title = true;
  }
}
