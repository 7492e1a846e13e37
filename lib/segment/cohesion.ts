// Lexical cohesion between a page's candidate sections (issue 12: one story is one article). A story's sections keep
// its vocabulary: its names, its topic words run from the lead through every subhead's text ("Audi", "e-tron",
// "Sportback" in the lead, under "Power and Performance" and under "Range and Charging"); the items of a page of
// briefs share little beyond the words any news shares. Words are compared as sets per section, in one pass over
// the page: linear in its size.
import type { Block } from '../types';
import type { PageFacts } from './facts';
import { cjkCount } from './sentence';
import type { Candidate } from './starts';
import { hasRepeatedLabelHeads } from './repeated-heads';
import { hasClosedSections } from './closed-sections';

/** Words too common to tie two sections together (function words, reporting verbs, the calendar). */
const COMMON = new Set(
  (
    'with from that this have been were says said will into over after their about what more than they them there which when where while would could ' +
    'should also just only some such your other being very most many much even like made make each those these then because before between through ' +
    'during under again against here once both does doing well back still year years first last time people told going according them they’re ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december ' +
    'today week weeks month months since until among around another without within across along including'
  ).split(/\s+/),
);

/** Words of four letters or more in the scripts that space their words (Chinese is read by other modules). */
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}]{4,}/gu;

/** Chinese characters past this share of the page's text: its words are not spaced (pinyin glosses are no topic words). */
const MAX_CJK = 0.1;

/**
 * The page's story text is written in a script that spaces its words. (The text's length is summed first, so that
 * the count of Chinese characters, which only grows, stops as soon as it passes the share: on a Chinese page after
 * its first paragraphs rather than at its end.)
 */
function spacesWords(blocks: readonly Block[], facts: PageFacts): boolean {
  let all = 0;
  for (let k = 0; k < blocks.length; k++) if (facts.prose[k]) all += (blocks[k]?.text ?? '').length;
  const most = all * MAX_CJK;
  let cjk = 0;
  for (let k = 0; k < blocks.length; k++) {
    if (!facts.prose[k]) continue;
    cjk += cjkCount(blocks[k]?.text ?? '');
    if (cjk > most) return false;
  }
  return true;
}

/** Words are compared by their first letters: a name and its adjective, a noun and its plural ("Afghan", "Afghanistan"). */
const STEM = 6;

/** The distinct content words of a text. */
export function contentWords(text: string, into: Set<string>): Set<string> {
  for (const m of text.toLowerCase().match(WORD) ?? []) if (!COMMON.has(m)) into.add(m.slice(0, STEM));
  return into;
}

export interface SectionWords {
  /** The distinct content words of each section: [lead, under candidate 0, under candidate 1, …]. */
  words: Set<string>[];
  /** In how many sections each word stands. */
  spread: Map<string, number>;
}

/** A line of a place and a date alone ("Gurgaon, May 31"): a report's own dateline set under its headline. */
const PLACE_DATE = /^\s*\p{Lu}[\p{L}.' -]{1,30},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*$/u;

/** The head group ends on a dateline line of its own: the section is a report filed on its own, not a subhead's. */
function datedHead(c: Candidate, blocks: readonly Block[]): boolean {
  for (let k = c.head; k < c.body; k++) if (PLACE_DATE.test(blocks[k]?.text ?? '')) return true;
  return false;
}

/** The candidates stand in page order (each section is read between one start and the next). */
function inPageOrder(cands: readonly Candidate[]): boolean {
  for (let k = 1; k < cands.length; k++) if ((cands[k] as Candidate).head < (cands[k - 1] as Candidate).head) return false;
  return true;
}

/** The words of the sections the candidates part the page into (each its head lines and its text, furniture left
 * out: a story's headline names what its later sections go on about); the lead is the text above the first. */
export function sectionWords(cands: readonly Candidate[], blocks: readonly Block[], facts: PageFacts): SectionWords {
  const words: Set<string>[] = [];
  let c = 0;
  let current = new Set<string>();
  for (let k = 0; k < blocks.length; k++) {
    while (c < cands.length && (cands[c] as Candidate).head === k) {
      words.push(current);
      current = new Set<string>();
      c++;
    }
    if (!facts.furniture[k]) contentWords(blocks[k]?.text ?? '', current);
  }
  words.push(current);
  while (words.length < cands.length + 1) words.push(new Set());
  const spread = new Map<string, number>();
  for (const s of words) for (const w of s) spread.set(w, (spread.get(w) ?? 0) + 1);
  return { words, spread };
}

/**
 * The share of a section's words found in another section too, smoothed by SMOOTH words that share nothing: a short
 * item's few words say little either way (an obituary's "born", "died"), a long section's many say much.
 */
export function cohesion(s: SectionWords, at: number): number {
  const own = s.words[at];
  if (!own || own.size === 0) return 0;
  let shared = 0;
  for (const w of own) if ((s.spread.get(w) ?? 0) >= 2) shared++;
  return shared / (own.size + SMOOTH);
}

/** Words of no section added to each section's count. */
const SMOOTH = 10;

/** The share of a section's own words found in the words above it, smoothed by SMOOTH as cohesion() is. */
export function shareAbove(own: ReadonlySet<string>, above: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of own) if (above.has(w)) shared++;
  return shared / (own.size + SMOOTH);
}
/** On a page of one story's sections, the smoothed share above which a plain head's section is one of them (a
 * section sharing none of the page's words is another story's). */
export const COHESIVE = 0.05;
/**
 * And the mean share over all the page's plain heads with text above them, above which the page is one story's
 * sections: a page of briefs may hold two items on one topic (a report and its takeaways), but its items as a whole
 * share little.
 */
export const PAGE_COHESIVE = 0.18;
/** What a plain head over a cohesive section loses: more than a plain head's support on a page of no briefs. */
const SECTION_OF_STORY = 3;

/**
 * The candidate starts, a plain headline line (no dateline, byline, number, run-in head or credit under it) losing
 * SECTION_OF_STORY where the text under it keeps the vocabulary of the page's other sections, story text stands
 * above it, and the page's plain heads as a whole head such sections: a subhead, a listicle item, a quoted tweet's
 * line inside one story. Not under a briefs column's name.
 */
export function withCohesion(cands: readonly Candidate[], blocks: readonly Block[], facts: PageFacts): Candidate[] {
  if (facts.briefs || cands.length === 0 || !inPageOrder(cands) || !spacesWords(blocks, facts)) return [...cands];
  // (Nor a listing that files its items under label lines it prints twice: repeated-heads.ts.)
  // (Nor a listing of teasers the site cut, each under its title: closed-sections.ts.)
  if (hasRepeatedLabelHeads(cands, blocks) || hasClosedSections(cands, blocks, facts)) return [...cands];
  const s = sectionWords(cands, blocks, facts);
  const plain: number[] = [];
  const values: number[] = [];
  let above = (s.words[0]?.size ?? 0) > 0;
  cands.forEach((c, k) => {
    const value = cohesion(s, k + 1);
    if (c.kind === 'head-plain' && !c.meta && above && !datedHead(c, blocks)) {
      plain.push(k);
      values.push(value);
    }
    above ||= (s.words[k + 1]?.size ?? 0) > 0;
  });
  const mean = values.reduce((a, b) => a + b, 0) / (values.length || 1);
  if (mean < PAGE_COHESIVE) return [...cands];
  const out = [...cands];
  plain.forEach((k, i) => {
    if ((values[i] as number) >= COHESIVE) out[k] = { ...(out[k] as Candidate), score: (out[k] as Candidate).score - SECTION_OF_STORY };
  });
  return out;
}
