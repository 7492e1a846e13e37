// Search tokens for a multiEntry index: Chinese has no spaces between words, so CJK runs are indexed as
// character bigrams (a two-character query is the shortest that still narrows well); Latin words and numbers
// are indexed whole and lower-cased.
import { foldTraditional } from '../hant/fold';

const CJK_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3040-\\u30ff\\uac00-\\ud7af';
const CJK = new RegExp(`[${CJK_CLASS}]`, 'u');
/** A CJK run, or a run of other letters and digits (a Latin word, a number). */
const RUN = new RegExp(`[${CJK_CLASS}]+|(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}])+`, 'gu');

/**
 * Unicode NFKC (full-width ＧＤＰ, ①, ㎡ and compatibility ideographs to their plain forms), Traditional characters
 * to Simplified (臺灣 → 台湾, lib/hant/fold.ts), lower-case: so "ＧＤＰ" and "gdp", "廣東" and "广东" meet.
 */
export function foldText(text: string): string {
  return foldTraditional(text.normalize('NFKC')).toLowerCase();
}

function runTokens(run: string, out: Set<string>): void {
  if (CJK.test(run[0] ?? '')) {
    const chars = Array.from(run);
    if (chars.length === 1) out.add(run);
    for (let i = 0; i + 1 < chars.length && out.size < MAX_SEARCH_TOKENS; i++) out.add(chars[i]! + chars[i + 1]!);
  } else {
    out.add(run);
  }
}

/**
 * At most this many index entries per clipping, the first ones in text order: a 1,000,000-character passage would
 * otherwise write ~1M entries. A long newspaper article has a few thousand distinct bigrams, so only words past
 * the first 20,000 distinct tokens of a very long clipping (tens of thousands of characters) go unfound.
 */
export const MAX_SEARCH_TOKENS = 20_000;

/** Every distinct token of `text` (bigrams of CJK runs, whole Latin/number words), sorted for stable storage. */
export function searchTokens(text: string): string[] {
  const out = new Set<string>();
  for (const m of foldText(text).matchAll(RUN)) {
    runTokens(m[0], out);
    if (out.size >= MAX_SEARCH_TOKENS) return [...out].slice(0, MAX_SEARCH_TOKENS).sort();
  }
  return [...out].sort();
}

/** The words of a query (split on spaces and punctuation), folded; empty words dropped. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** One index lookup: clippings with this token (or, for a Latin word, any token starting with it). */
export interface TokenLookup {
  token: string;
  prefix: boolean;
}

/**
 * How the token index answers a query: the lookups whose key sets are intersected, and whether that
 * intersection is already the exact answer. It is exact when every term is a two-character CJK word (its one
 * bigram) or a single Latin/number word (a token starting with it contains it). Longer CJK words may have all
 * their bigrams apart, and single CJK characters and mixed terms are not indexed whole, so those results must be
 * checked against the text.
 */
export function indexPlan(query: string): { lookups: TokenLookup[]; exact: boolean } {
  const lookups = new Map<string, TokenLookup>();
  let exact = true;
  for (const term of queryTerms(query)) {
    const runs = [...term.matchAll(RUN)].map((m) => m[0]);
    if (runs.length !== 1 || runs[0] !== term) exact = false;
    for (const run of runs) {
      const chars = Array.from(run);
      if (CJK.test(chars[0] ?? '')) {
        if (chars.length !== 2) exact = false;
        for (let i = 0; i + 1 < chars.length; i++) {
          const token = chars[i]! + chars[i + 1]!;
          lookups.set(`=${token}`, { token, prefix: false });
        }
      } else {
        lookups.set(`^${run}`, { token: run, prefix: true });
      }
    }
  }
  return { lookups: [...lookups.values()], exact };
}
