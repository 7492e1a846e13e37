// A list a sentence announces: a paragraph ending in a colon ("以下为今天发生的一些突发事件报道:") over lines numbered
// 1, 2, 3 … in a row, each one short sentence ("1. 某小区发生火灾,…无人员伤亡。"). The lines are that paragraph's list,
// parts of the story it belongs to, not items of their own: a digest's items carry a story's text each, and its
// lead-in is a label or a short line ("今日要闻:"), not a sentence. The numbered lines' starts go (a dateline still
// opens a story). One pass over the blocks.
import type { Block } from '../types';
import type { Candidate } from './starts';
import { itemNumber } from './numbers';

/** The announcing sentence: prose of this many characters or more, ending in a colon. */
const MIN_LEAD_IN = 12;
const LEAD_IN_END = /[:：]\s*$/u;
/** A listed line: one sentence, at most this long, with no stop before its end. */
const MAX_LISTED = 60;
const INNER_STOP = /[。！？!?](?!\s*$)/u;
const MIN_LISTED = 2;

function isListed(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_LISTED && !INNER_STOP.test(t);
}

/** The blocks of announced lists. */
function announcedLines(blocks: readonly Block[]): Set<number> {
  const lines = new Set<number>();
  let k = 0;
  while (k < blocks.length) {
    const lead = blocks[k]!.text.trim();
    if (lead.length < MIN_LEAD_IN || !LEAD_IN_END.test(lead) || itemNumber(lead) >= 0) {
      k++;
      continue;
    }
    let j = k + 1;
    while (j < blocks.length && itemNumber(blocks[j]!.text) === j - k && isListed(blocks[j]!.text)) j++;
    if (j - k - 1 >= MIN_LISTED) for (let i = k + 1; i < j; i++) lines.add(i);
    k = Math.max(j, k + 1);
  }
  return lines;
}

/** The candidate starts less the lines of lists a sentence announces. */
export function withoutAnnouncedLists(cands: Candidate[], blocks: readonly Block[]): Candidate[] {
  const lines = announcedLines(blocks);
  if (!lines.size) return cands;
  return cands.filter((c) => c.kind === 'dateline' || !(lines.has(c.head) || lines.has(c.body)));
}
