// A listing of one-paragraph teasers (a magazine's topic page: each item a picture's alt line or headline over one
// sentence or two): where most headlined items hold exactly one short paragraph, a second short paragraph under
// one of them that shares none of its words, or one under a bare date line, is a teaser of its own whose headline
// the site did not print, not the item's second paragraph. A brief of two paragraphs goes on with the words of its
// first (a name, a place), so stays whole. Only on page texts that declare no title. One pass over the blocks.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { Candidate } from './starts';
import { isBareDate } from './date-line';
import { sharedWords } from './overlap';

/** Headlined one-paragraph items a page shows before it reads as a listing, and their least share. */
const MIN_ITEMS = 4;
const MIN_SHARE = 0.5;
/** The share of a paragraph's words the one beside it may hold by chance ("third" in two unrelated teasers). */
const MAX_SHARED = 0.1;
/** Headless teasers in a row, each apart from the one above, that make a column of them. */
const MIN_RUN = 6;
/** A teaser is short: a sentence or a few. */
const MAX_TEASER = 320;
/** A paragraph that goes on from the one above: opened by a conjunction, a pronoun or a pointing word. */
const GOES_ON = /^\s*(?:but|and|or|so|yet|also|still|then|now|meanwhile|however|here|there|he|she|it|they|we|his|her|its|their|this|that|these|those|such)\b/i;
/** Chinese text is compared by character pairs (overlap.ts), which a story's paragraphs often share none of: only
 * text in Latin letters is read so. */
const CJK = /[\u3400-\u9fff]/;
/** What such a start says (ARTICLE_PRIOR in score.ts is 2). */
const TEASER_START = 2.5;

interface Facts {
  prose: Int32Array;
  furniture: Uint8Array;
}

export function withListingTeasers(cands: Candidate[], blocks: readonly Block[], infos: readonly BlockInfo[], facts: Facts, declared: boolean): Candidate[] {
  if (declared) return cands;
  const n = blocks.length;
  const teaser = (k: number) => k < n && facts.prose[k] > 0 && (blocks[k]?.text.length ?? 0) <= MAX_TEASER && !CJK.test(blocks[k]?.text ?? '');
  const past = (k: number) => {
    while (k < n && facts.furniture[k]) k++;
    return k;
  };
  const heads = cands.filter((c) => (c.kind === 'head-plain' || c.kind === 'head-open') && c.head < c.body);
  const one = heads.filter((c) => {
    const k = past(c.body + 1);
    return teaser(c.body) && (k >= n || !!infos[k]?.title);
  }).length;
  const starts = new Set(cands.map((c) => c.head));
  const lifted: Candidate[] = [];
  const added: Candidate[] = headlessRuns(blocks, infos, facts, teaser, starts, new Set(cands.map((c) => c.body)), lifted);
  if (lifted.length) {
    const at = new Set(lifted.map((c) => c.body));
    cands = cands.map((c) => (at.has(c.body) && c.head < c.body ? { ...c, score: Math.max(c.score, TEASER_START) } : c));
  }
  if (one < MIN_ITEMS || one < heads.length * MIN_SHARE) return added.length ? [...cands, ...added].sort((x, y) => x.head - y.head) : cands;
  for (const c of heads) {
    if (!teaser(c.body)) continue;
    let prev = c.body;
    for (let k = prev + 1; k < n && !starts.has(k); k++) {
      if (facts.furniture[k]) continue;
      if (!teaser(k)) break;
      // (A bare date line over it is the teaser's meta line, as the site prints one over each of its later items.)
      let dated = false;
      for (let d = prev + 1; d < k; d++) if (isBareDate(blocks[d]?.text ?? '')) dated = true;
      const a = blocks[prev]?.text ?? '';
      const b = blocks[k]?.text ?? '';
      if (dated || apart(a, b)) added.push({ head: k, body: k, kind: 'after-credit', score: TEASER_START, runIn: 0 });
      prev = k;
    }
  }
  return added.length ? [...cands, ...added].sort((x, y) => x.head - y.head) : cands;
}

/** Whether paragraph b, under paragraph a, shares none of its words and does not go on from it. */
function apart(a: string, b: string): boolean {
  return !GOES_ON.test(b) && sharedWords(a, b) < MAX_SHARED && sharedWords(b, a) < MAX_SHARED;
}

/**
 * A run of short paragraphs with no headline line between them, each apart from the one above (no word shared, no
 * conjunction or pronoun going on), six or more: a column of headless teasers, each one a start. A story's
 * paragraphs take up the words of the paragraph above them, again and again.
 */
function headlessRuns(blocks: readonly Block[], infos: readonly BlockInfo[], facts: Facts, teaser: (k: number) => boolean, starts: Set<number>, bodies: Set<number>, lifted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let run: number[] = [];
  const close = () => {
    // (The first teaser too: under the lines heading the column, a headline start reading it says as much.)
    if (run.length >= MIN_RUN) for (const k of run) if (!starts.has(k)) (bodies.has(k) ? lifted : out).push({ head: k, body: k, kind: 'after-credit', score: TEASER_START, runIn: 0 });
    run = [];
  };
  // (A bare date line between two teasers is the later one's meta line: they are apart whatever words they share.)
  let dated = false;
  for (let k = 0; k < blocks.length; k++) {
    if (facts.furniture[k] && !infos[k]?.title) {
      if (isBareDate(blocks[k]?.text ?? '')) dated = true;
      continue;
    }
    // (A paragraph another reading starts a story at ends the run: the run is a stretch no other reading parts.)
    if (!teaser(k) || starts.has(k)) {
      close();
      continue;
    }
    const prev = run[run.length - 1];
    if (prev !== undefined && !dated && !apart(blocks[prev]?.text ?? '', blocks[k]?.text ?? '')) close();
    dated = false;
    run.push(k);
  }
  close();
  return out;
}
