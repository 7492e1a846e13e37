import { describe, expect, it } from 'vitest';
import { countSpans, scoreCorpus, scoreCounts } from '../../../eval/span-score';

describe('exact-span scoring', () => {
  it('counts a span only when start and end both match', () => {
    // 中国 gold at [0,2]; predicting 中国人 [0,3] is one false positive and one miss, not a partial hit.
    expect(countSpans([[0, 3]], [[0, 2]])).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(countSpans([[0, 2], [5, 7]], [[0, 2], [9, 11]])).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('counts a duplicated prediction once', () => {
    expect(countSpans([[0, 2], [0, 2]], [[0, 2]])).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('gives precision, recall and F1 over a corpus', () => {
    const s = scoreCorpus([[[0, 2], [4, 6]], [], [[1, 3]]], [[[0, 2]], [[0, 1]], [[1, 3], [5, 8]]]);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 1, 2]);
    expect(s.precision).toBeCloseTo(2 / 3, 10);
    expect(s.recall).toBeCloseTo(0.5, 10);
    expect(s.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5), 10);
  });

  it('is 0, not NaN, with nothing predicted or nothing to find', () => {
    expect(scoreCounts({ tp: 0, fp: 0, fn: 3 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(scoreCounts({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('refuses predictions that do not line up with the gold sentences', () => {
    expect(() => scoreCorpus([[]], [[], []])).toThrow(/1 predictions for 2/);
  });
});
