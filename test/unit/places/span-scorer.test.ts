// The span scorer's confidence (tagger.ts): how much better the best labelling holding a span scores than the
// best one without it. `without` carries one running sum from end to end; the definition sums each labelling
// again (withSpan per end). A tagger that weighs spans differently would keep or drop different places.
import { describe, expect, it } from 'vitest';
import { SpanScorer, TaggerBuffers } from '../../../lib/places/model/tagger';

/** A small deterministic generator (no Math.random: the same sequences every run). */
function numbers(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x / 2 ** 32) * 20 - 10;
  };
}

describe('SpanScorer', () => {
  it('scores a span against every other labelling as the definition does, to the last bit', () => {
    const next = numbers(7);
    const trans = Array.from({ length: 11 }, next);
    for (const n of [1, 2, 5, 17, 40]) {
      // Inside labels favoured, so that long spans (and not only the all-O labelling) are the ones to beat.
      const e = Float64Array.from({ length: n * 3 }, (_, k) => next() + (k % 3 === 2 ? 12 : 0));
      const scorer = new SpanScorer(e, n, trans, new TaggerBuffers());
      const alpha = (scorer as unknown as { alpha: Float64Array }).alpha;
      const beta = (scorer as unknown as { beta: Float64Array }).beta;
      for (let a = 0; a < n; a++) {
        for (let b = a + 1; b <= Math.min(n, a + 18); b++) {
          let without = Math.max(alpha[a * 3]! + beta[a * 3]!, alpha[a * 3 + 2]! + beta[a * 3 + 2]!);
          for (let end = a + 1; end <= Math.min(n, a + 16); end++) if (end !== b) without = Math.max(without, scorer.withSpan(a, end));
          expect(scorer.confidence(a, b)).toBe(scorer.withSpan(a, b) - without);
        }
      }
    }
  });
});
