// The article-extraction benchmark's own metric (scrapinghub/article-extraction-benchmark, evaluate.py, MIT),
// ported line for line: tokens are runs of Python's Unicode `\w` (letters, digits and `_`: for Python's Unicode
// `\w` is exactly [\p{L}\p{N}_], checked over every code point), shingles are 4-token tuples (a text of fewer
// tokens is one shingle of them all), true/false positives and negatives are counted over the shingle multisets
// and normalised per page so that long pages weigh no more than short ones. Precision is averaged over the pages
// with something predicted, recall over the pages with something expected, and F1 is taken of the two averages.
// Tokens keep their case (the script's IGNORECASE flag changes nothing for `\w`).

export type TpFpFn = readonly [tp: number, fp: number, fn: number];

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The 4-token shingles of a text with their counts (keyed by the tokens joined with a separator no token holds). */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + n);
    if (s.length === 0) continue;
    const key = s.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** evaluate.py string_shingle_matching: normalised [tp, fp, fn] of one page. */
export function shingleMatching(truth: string, pred: string, n = 4): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    fp += Math.max(0, pc - tc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(xs: number[]): number {
  // Python's statistics.mean raises on no data; no page set here is empty, and NaN says so if one is.
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN;
}

export interface ShingleMetrics {
  f1: number;
  precision: number;
  recall: number;
}

/** evaluate.py metrics_from_tp_fp_fns. */
export function metrics(pages: readonly TpFpFn[]): ShingleMetrics {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}

/** evaluate.py get_accuracy: the token lists are equal. */
export function exactTokens(truth: string, pred: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(pred);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
