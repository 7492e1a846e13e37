// A listing of summaries each under a bare date line: a newsletter's or an aggregator's page that prints, for every
// item, the day on a line alone ("2/15/2019"), one paragraph summing the story up, and, under it, what the site adds
// to some items and not to others (a "Full Story:" label over the source's name, a label over topic words). The date
// line is the only mark the items share, and the page repeats it (so it reads as furniture): where three paragraphs
// or more stand right under a bare date line, the page's first paragraph among them, and they are most of its
// paragraphs, each opens a headless item. A chronology inside a story opens on its lead, a paragraph with no date
// over it, and a timeline's dates run forward in time (a listing's run back, or give one day): both are left alone. A start read at the paragraph already (a headline over the date) stands. On page texts
// only; one pass over the blocks and one over the candidates.
import type { Block } from '../types';
import type { Candidate } from './starts';
import { isBareDate } from './date-line';

/** A whole paragraph, no source line or label. */
const MIN_PARAGRAPH = 80;
/** Dated paragraphs that make a listing. */
const MIN_ITEMS = 3;
/** What each dated paragraph says for a start (as a round-up's place in capitals does, capital-places.ts). */
const DATE_START = 3;

/** The paragraphs right under a bare date line of a listing so dated, or [] where the page is none. */
export function dateLedParagraphs(blocks: readonly Block[], prose: Int32Array): number[] {
  const dated: number[] = [];
  let paragraphs = 0;
  let last = NaN;
  for (let k = 0; k < blocks.length; k++) {
    if ((prose[k] ?? 0) < MIN_PARAGRAPH) continue;
    paragraphs++;
    const isDated = k > 0 && isBareDate(blocks[k - 1]?.text ?? '');
    // (The listing opens with an item: a first paragraph with no date over it is a story's lead.)
    if (paragraphs === 1 && !isDated) return [];
    if (!isDated) continue;
    // (A listing shows its newest item first, or one day's: dates running forward are a timeline's, date-opened.ts.)
    const day = Date.parse((blocks[k - 1]?.text ?? '').trim());
    if (!Number.isNaN(day) && !Number.isNaN(last) && day > last) return [];
    if (!Number.isNaN(day)) last = day;
    dated.push(k);
  }
  return dated.length >= MIN_ITEMS && dated.length * 3 >= paragraphs * 2 ? dated : [];
}

export function withDateLedStarts(cands: Candidate[], blocks: readonly Block[], facts: { prose: Int32Array }, declared: boolean): Candidate[] {
  if (declared) return cands;
  const dated = dateLedParagraphs(blocks, facts.prose);
  if (dated.length === 0) return cands;
  const started = new Uint8Array(blocks.length);
  for (const c of cands) started[c.body] = 1;
  const added: Candidate[] = [];
  for (const k of dated) if (!started[k]) added.push({ head: k, body: k, kind: 'item', score: DATE_START, runIn: 0 });
  return added.length === 0 ? cands : [...cands, ...added].sort((a, b) => a.head - b.head || a.body - b.body);
}
