// Describing a passage of page text by its quote and context, and finding it again after the
// page has changed. Pure string code: the DOM side lives in text-position.ts.
import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../clipping';
import { distanceAfter, distanceBefore } from './context-distance';

/** Quotes shorter than this (e.g. "5%", "14.7%") are placed by their context alone, never fuzzily. */
export const SHORT_QUOTE_LENGTH = 10;
/** For a short quote, each saved side of context must agree at least this well. */
const SHORT_CONTEXT_AGREEMENT = 0.75;
/** A fuzzy match must reach this share of the quote-and-context score to be trusted. */
const FUZZY_ACCEPTANCE = 0.75;
/** Beyond this many exact occurrences only the likeliest are scored in full. */
const MAX_SCORED_CANDIDATES = 1000;

// Weights as in the Hypothesis client: the quote counts most, context next, position breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1; 1 means quote, prefix and suffix all agree exactly at the hinted place. */
  score: number;
}

export interface QuoteHint {
  /** Where the quote started when it was saved (TextPositionSelector.start). */
  position?: number;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function clamp(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.min(hi, Math.max(lo, Math.trunc(n)));
}

export function describeQuote(text: string, start: number, end: number, context = 32): TextQuoteSelector {
  const a = clamp(Math.min(start, end), 0, text.length);
  const b = clamp(Math.max(start, end), 0, text.length);
  const width = clamp(context, 0, text.length);
  let prefix = text.slice(Math.max(0, a - width), a);
  let suffix = text.slice(b, b + width);
  // Do not keep half of an emoji at the far edge of the context: stored JSON stays valid UTF-16.
  if (prefix.length > 0 && isLowSurrogate(prefix.charCodeAt(0))) prefix = prefix.slice(1);
  if (suffix.length > 0 && isHighSurrogate(suffix.charCodeAt(suffix.length - 1))) suffix = suffix.slice(0, -1);
  return { type: 'TextQuoteSelector', exact: text.slice(a, b), prefix, suffix };
}

export function describePosition(start: number, end: number): TextPositionSelector {
  return { type: 'TextPositionSelector', start: Math.min(start, end), end: Math.max(start, end) };
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Scored extends Candidate {
  /** Similarity of the text before/after to the saved prefix/suffix; null when none was saved. */
  prefixSim: number | null;
  suffixSim: number | null;
  /** Context characters that agree (saved length minus edits), for exact comparisons. */
  agreed: number;
  distance: number;
  score: number;
}

function allOccurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Cheap agreement: characters of context that touch the quote exactly. Used only to prune. */
function touchingAgreement(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let n = 0;
  while (n < prefix.length && n < start && prefix.charCodeAt(prefix.length - 1 - n) === text.charCodeAt(start - 1 - n)) n++;
  let k = 0;
  while (k < suffix.length && end + k < text.length && suffix.charCodeAt(k) === text.charCodeAt(end + k)) k++;
  return n + k;
}

function scoreCandidate(text: string, quote: TextQuoteSelector, c: Candidate, hint: number | null): Scored {
  const prefix = quote.prefix;
  const suffix = quote.suffix;
  const dp = distanceBefore(text, c.start, prefix);
  const ds = distanceAfter(text, c.end, suffix);
  const prefixSim = prefix.length > 0 ? 1 - dp / prefix.length : null;
  const suffixSim = suffix.length > 0 ? 1 - ds / suffix.length : null;
  const distance = hint === null ? 0 : Math.abs(c.start - hint);
  const quoteSim = 1 - c.errors / quote.exact.length;
  const positionSim = hint === null ? 1 : 1 - distance / Math.max(1, text.length);
  const raw =
    QUOTE_WEIGHT * quoteSim +
    PREFIX_WEIGHT * (prefixSim ?? 1) +
    SUFFIX_WEIGHT * (suffixSim ?? 1) +
    POSITION_WEIGHT * positionSim;
  const score = raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
  return { ...c, prefixSim, suffixSim, agreed: prefix.length - dp + suffix.length - ds, distance, score };
}

/** Keep the scoring cost bounded on pathological pages (a two-character quote found 100,000 times). */
function prune(text: string, quote: TextQuoteSelector, starts: number[], hint: number | null): number[] {
  if (starts.length <= MAX_SCORED_CANDIDATES) return starts;
  const len = quote.exact.length;
  return starts
    .map((s) => ({ s, touch: touchingAgreement(text, s, s + len, quote.prefix, quote.suffix) }))
    .sort((x, y) => y.touch - x.touch || (hint === null ? 0 : Math.abs(x.s - hint) - Math.abs(y.s - hint)))
    .slice(0, MAX_SCORED_CANDIDATES)
    .map((x) => x.s);
}

/** Most context agreement first; then nearest the hint; then earliest. */
function byContextThenHint(a: Scored, b: Scored): number {
  return b.agreed - a.agreed || a.distance - b.distance || a.start - b.start;
}

const toMatch = (s: Scored): QuoteMatch => ({ start: s.start, end: s.end, score: s.score });

/**
 * A short quote is too common to trust on its own: it must occur exactly, each saved side of
 * context must agree, and the best candidate must be the only one agreeing that well (or, when
 * the context really is identical, the one the position hint points at).
 */
function matchShort(text: string, quote: TextQuoteSelector, hint: number | null): QuoteMatch | null {
  const len = quote.exact.length;
  const starts = allOccurrences(text, quote.exact);
  if (starts.length === 0) return null;
  if (quote.prefix.length === 0 && quote.suffix.length === 0) {
    // No context was saved: only an unambiguous occurrence, or the one exactly at the hint, will do.
    const only = starts.length === 1 ? starts[0] : hint !== null && starts.includes(hint) ? hint : null;
    return only === null ? null : toMatch(scoreCandidate(text, quote, { start: only, end: only + len, errors: 0 }, hint));
  }
  const agreeing = prune(text, quote, starts, hint)
    .map((s) => scoreCandidate(text, quote, { start: s, end: s + len, errors: 0 }, hint))
    .filter(
      (c) =>
        (c.prefixSim === null || c.prefixSim >= SHORT_CONTEXT_AGREEMENT) &&
        (c.suffixSim === null || c.suffixSim >= SHORT_CONTEXT_AGREEMENT),
    )
    .sort(byContextThenHint);
  const best = agreeing[0];
  if (!best) return null;
  const rival = agreeing[1];
  if (rival && rival.agreed === best.agreed && (hint === null || rival.distance === best.distance)) return null;
  return toMatch(best);
}

function matchFuzzy(text: string, quote: TextQuoteSelector, from: number, to: number, hint: number | null): QuoteMatch | null {
  const len = quote.exact.length;
  const maxErrors = Math.min(256, Math.floor(len / 2));
  const found = search(text.slice(from, to), quote.exact, maxErrors);
  let best: Scored | null = null;
  for (const m of found) {
    const c = scoreCandidate(text, quote, { start: m.start + from, end: m.end + from, errors: m.errors }, hint);
    // Trust a changed quote only when quote and context together still mostly agree.
    const weight = QUOTE_WEIGHT + (c.prefixSim === null ? 0 : PREFIX_WEIGHT) + (c.suffixSim === null ? 0 : SUFFIX_WEIGHT);
    const agreement =
      (QUOTE_WEIGHT * (1 - c.errors / len) + PREFIX_WEIGHT * (c.prefixSim ?? 0) + SUFFIX_WEIGHT * (c.suffixSim ?? 0)) / weight;
    if (agreement < FUZZY_ACCEPTANCE) continue;
    if (!best || c.score > best.score) best = c;
  }
  return best ? toMatch(best) : null;
}

/**
 * Find a saved quote in (possibly edited) page text. Exact occurrences are tried first (context and
 * hint choose among several); a long quote that no longer occurs exactly is searched approximately,
 * near the hint first. Returns null rather than a doubtful place.
 */
export function matchQuote(text: string, quote: TextQuoteSelector, hint: QuoteHint = {}): QuoteMatch | null {
  const exact = typeof quote.exact === 'string' ? quote.exact : '';
  if (exact.length === 0 || text.length === 0) return null;
  const q: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact,
    prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
    suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
  };
  const at = hint.position;
  const h = typeof at === 'number' && Number.isFinite(at) ? clamp(at, 0, text.length) : null;

  if (exact.length < SHORT_QUOTE_LENGTH) return matchShort(text, q, h);

  const starts = allOccurrences(text, exact);
  if (starts.length > 0) {
    const best = prune(text, q, starts, h)
      .map((s) => scoreCandidate(text, q, { start: s, end: s + exact.length, errors: 0 }, h))
      .sort(byContextThenHint)[0];
    return best ? toMatch(best) : null;
  }

  if (h !== null) {
    // Edits rarely move a passage far: a window around the hint keeps the common case linear in the quote.
    const reach = exact.length + Math.max(2048, 4 * exact.length);
    const from = Math.max(0, h - reach);
    const to = Math.min(text.length, h + exact.length + reach);
    const near = matchFuzzy(text, q, from, to, h);
    if (near || (from === 0 && to === text.length)) return near;
  }
  return matchFuzzy(text, q, 0, text.length, h);
}
