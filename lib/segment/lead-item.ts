// The first of a column of headless one-paragraph items, left above the first start. A page of snippets or briefs
// with no title of its own (a search engine's news results, a column of teasers) opens straight on its first item;
// where that item is not cut off or closed as the others are (it ends on a whole sentence, the next ones on " ..."),
// no start opens on it, and the paragraph above the first start reads as the page's standfirst (parts.ts keepRun:
// prose under no headline above a page's first start), so the item is dropped as a banner. A standfirst is told by
// its words (it announces the items: a round-up's lead-in, a colon) or by standing apart from the items (a title
// over it, a mark the items carry and it lacks, longer than any of them, or under half their mean length, as a
// site's tagline is); a lone paragraph with none of that, over three headless unmarked one-paragraph items or more,
// is one more of them. Looks at the one block above the first start and at each start's block once: linear.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { isRoundupIntro } from './facts';
import { itemNumber } from './numbers';
import type { Candidate } from './starts';

/** Headless items under the paragraph: at least this many. */
const MIN_ITEMS = 3;
/** An item's text opens on a letter, a digit or a quotation mark, no bullet or other mark of its own. */
const PLAIN_OPENING = /^[\p{L}\p{N}"“‘'(]/u;

function plainParagraph(k: number, blocks: readonly Block[], infos: readonly BlockInfo[]): boolean {
  const info = infos[k];
  const text = blocks[k]?.text.trim() ?? '';
  return !!info && !info.title && !info.markerOnly && !info.byline && !info.pageLabel && PLAIN_OPENING.test(text) && itemNumber(text) <= 0;
}

/**
 * Whether the run above the first start is one paragraph that is the column's first headless item: the run is
 * that one plain paragraph, every start is a headless one-block item (no headline, no run-in head), three or more,
 * each opening plainly as the paragraph does, and the paragraph announces nothing, is no longer than the
 * longest item and no shorter than half the items' mean length.
 */
export function isLeadItem(run: readonly number[], taken: readonly Candidate[], blocks: readonly Block[], infos: readonly BlockInfo[]): boolean {
  if (run.length !== 1 || taken.length < MIN_ITEMS) return false;
  const lead = run[0] as number;
  if (!plainParagraph(lead, blocks, infos)) return false;
  const text = blocks[lead]?.text.trim() ?? '';
  if (isRoundupIntro(text)) return false;
  let longest = 0;
  let total = 0;
  for (let q = 0; q < taken.length; q++) {
    const c = taken[q] as Candidate;
    if (c.head !== c.body || c.runIn || c.kind === 'dateline' || !plainParagraph(c.body, blocks, infos)) return false;
    const end = taken[q + 1]?.head ?? blocks.length;
    if (q + 1 < taken.length && end - c.body !== 1) return false;
    const length = blocks[c.body]?.text.trim().length ?? 0;
    longest = Math.max(longest, length);
    total += length;
  }
  // Of the items' size: a slogan or tagline over them ("Get the antidote to news overload – …") is far shorter.
  return text.length <= longest && text.length * 2 >= total / taken.length;
}
