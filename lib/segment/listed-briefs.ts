// One-line briefs under a label: a newsletter that gives its headlined items first often ends with a label ending in
// a colon ("Also:", "In other news:") over one-sentence items, one a paragraph ("A train smashed into a bus…"),
// each a story of its own with no headline. Read where the page already holds headlined items above the label, and
// three one-sentence paragraphs or more follow it; a story's list is introduced by a sentence of its own ("The
// report found:") rather than by a label, and its page gives no headlined items above it.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { PageFacts } from './facts';
import { endsSentence, sentenceRanges, startsMidSentence } from './sentence';
import type { Candidate } from './starts';

/**
 * A label line ending in a colon: a word or two ("Also:", "Quick hits:"), or a phrase a preposition opens ("In
 * other news:", "Around the world:"); a clause ("The report found:") introduces its own story's list.
 */
const LABEL = /^\s*(?:[\p{Lu}][\p{L}'’-]*(?:\s+[\p{L}'’-]+)?|(?:In|On|Around|Across|From|Elsewhere|Plus|And)(?:\s+[\p{L}'’-]+){1,3})\s*[:：]\s*$/u;
/** One-sentence items under the label, at least; headlined items above it, at least. */
const MIN_ITEMS = 3;
const MIN_HEADED = 2;
/** A one-line brief is shorter than this. */
const MAX_ITEM = 240;
/** What a one-line brief under such a label says for a story start. */
const LISTED_START = 3;

function oneSentence(text: string): boolean {
  return text.length <= MAX_ITEM && endsSentence(text) && !startsMidSentence(text) && sentenceRanges(text).length === 1;
}

/** The candidates with each one-line brief under a label a start of its own (candidates in page order). */
export function withListedBriefs(cands: Candidate[], blocks: Block[], infos: BlockInfo[], facts: PageFacts): Candidate[] {
  const added: Candidate[] = [];
  for (let k = 1; k < blocks.length; k++) {
    const t = blocks[k]?.text ?? '';
    if (!LABEL.test(t) || infos[k]?.dateline) continue;
    const headed = cands.filter((c) => (c.kind === 'head-open' || c.kind === 'head-plain') && c.body < k && c.score > 0).length;
    if (headed < MIN_HEADED) continue;
    let end = k + 1;
    while (end < blocks.length && facts.prose[end] && !infos[end]?.title && oneSentence(blocks[end]?.text ?? '')) end++;
    if (end - (k + 1) < MIN_ITEMS) continue;
    // The label is the page's, as a page label over the next story is: no paragraph of the story above, nor the
    // first brief's headline.
    infos[k] = { ...(infos[k] as BlockInfo), pageLabel: true, title: false };
    for (let i = k + 1; i < end; i++) {
      if (!cands.some((c) => c.head <= i && i <= c.body)) added.push({ head: i, body: i, kind: 'item', score: LISTED_START, runIn: 0 });
    }
    k = end - 1;
  }
  if (!added.length) return cands;
  return [...cands, ...added].sort((a, b) => a.head - b.head || a.body - b.body);
}
