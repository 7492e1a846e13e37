// Search tokens for a multiEntry index: Chinese has no spaces between words, so CJK runs are indexed as
// character bigrams (a two-character query is the shortest that still narrows well); Latin words and numbers
// are indexed whole and lower-cased.

const CJK_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3040-\\u30ff\\uac00-\\ud7af';
const CJK = new RegExp(`[${CJK_CLASS}]`, 'u');
/** A CJK run, or a run of other letters and digits (a Latin word, a number). */
const RUN = new RegExp(`[${CJK_CLASS}]+|(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}])+`, 'gu');

/** Lower-case, full-width ASCII folded to half-width, so "ＧＤＰ" and "gdp" meet. */
export function foldText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

function runTokens(run: string, out: Set<string>): void {
  if (CJK.test(run[0] ?? '')) {
    const chars = Array.from(run);
    if (chars.length === 1) out.add(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  } else {
    out.add(run);
  }
}

/** Every distinct token of `text` (bigrams of CJK runs, whole Latin/number words), sorted for stable storage. */
export function searchTokens(text: string): string[] {
  const out = new Set<string>();
  for (const m of foldText(text).matchAll(RUN)) runTokens(m[0], out);
  return [...out].sort();
}

/** The words of a query (split on spaces and punctuation), folded; empty words dropped. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * The index token most likely to narrow a query: a bigram from the longest CJK term, else the longest Latin
 * term (matched as a prefix). Null when no token can use the index (a single CJK character).
 */
export function bestIndexToken(query: string): { token: string; prefix: boolean } | null {
  let best: { token: string; prefix: boolean; score: number } | null = null;
  for (const term of queryTerms(query)) {
    for (const m of term.matchAll(RUN)) {
      const run = m[0];
      const chars = Array.from(run);
      if (CJK.test(chars[0] ?? '')) {
        if (chars.length < 2) continue;
        const score = chars.length * 2;
        if (!best || score > best.score) best = { token: chars[0]! + chars[1]!, prefix: false, score };
      } else {
        const score = run.length;
        if (!best || score > best.score) best = { token: run, prefix: true, score };
      }
    }
  }
  return best ? { token: best.token, prefix: best.prefix } : null;
}
