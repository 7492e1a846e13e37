// Exact-span scoring for entity recognition (CoNLL style): a predicted span counts only when a gold span has the
// same start and end. Spans are [start, end) in UTF-16 units; duplicates within one side count once.

export type Span = readonly [number, number];

export interface SpanCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface SpanScore extends SpanCounts {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyCounts(): SpanCounts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds one sentence's predicted and gold spans to `counts` (mutated and returned). */
export function countSpans(predicted: readonly Span[], gold: readonly Span[], counts: SpanCounts = emptyCounts()): SpanCounts {
  const g = new Set(gold.map(([a, b]) => `${a}:${b}`));
  const p = new Set(predicted.map(([a, b]) => `${a}:${b}`));
  for (const k of p) {
    if (g.has(k)) counts.tp++;
    else counts.fp++;
  }
  for (const k of g) if (!p.has(k)) counts.fn++;
  return counts;
}

/** Precision, recall and F1 of summed counts; a ratio with nothing to divide by is 0. */
export function scoreCounts(c: SpanCounts): SpanScore {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Scores a whole corpus: predicted[i] against gold[i]. */
export function scoreCorpus(predicted: readonly (readonly Span[])[], gold: readonly (readonly Span[])[]): SpanScore {
  if (predicted.length !== gold.length) throw new Error(`scoreCorpus: ${predicted.length} predictions for ${gold.length} sentences`);
  const counts = emptyCounts();
  for (let i = 0; i < gold.length; i++) countSpans(predicted[i]!, gold[i]!, counts);
  return scoreCounts(counts);
}
