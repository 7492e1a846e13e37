// The TypeScript port of the article-extraction benchmark's metric (eval/shingle.ts) gives the numbers the
// benchmark's own evaluate.py gives. Every expected number in test/fixtures/aeb/metric-sample.json was computed
// by that Python script (the file's `provenance` says how); none was computed by the port.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exactTokens, metrics, shingleMatching, tokenize, type TpFpFn } from '../../../eval/shingle';

interface Page {
  id: string;
  output: string;
  truth: string;
  pred: string;
  tpFpFn: [number, number, number];
  accuracy: number;
}
interface Case {
  truth: string;
  pred: string;
  tokens: string[];
  tpFpFn: [number, number, number];
}
const sample = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/aeb/metric-sample.json'), 'utf8')) as {
  pages: Page[];
  subset: { f1: number; precision: number; recall: number };
  cases: Case[];
};

function close(a: TpFpFn, b: readonly number[]): void {
  a.forEach((x, i) => expect(x).toBeCloseTo(b[i]!, 12));
}

describe('shingle F1 port (evaluate.py)', () => {
  it.each(sample.pages.map((p) => [`${p.id.slice(0, 8)} ${p.output}`, p] as const))('page %s: tp/fp/fn as the script', (_, p) => {
    close(shingleMatching(p.truth, p.pred), p.tpFpFn);
    expect(exactTokens(p.truth, p.pred)).toBe(p.accuracy === 1);
  });

  it('averages precision over pages with a prediction and recall over pages with a truth, F1 of the averages', () => {
    const m = metrics(sample.pages.map((p) => shingleMatching(p.truth, p.pred)));
    expect(m.f1).toBeCloseTo(sample.subset.f1, 12);
    expect(m.precision).toBeCloseTo(sample.subset.precision, 12);
    expect(m.recall).toBeCloseTo(sample.subset.recall, 12);
  });

  it('an empty prediction lowers recall only (it is left out of the precision average)', () => {
    const withText = sample.pages.filter((p) => p.pred !== '');
    const empty = sample.pages.find((p) => p.pred === '')!;
    const a = metrics(withText.map((p) => shingleMatching(p.truth, p.pred)));
    const b = metrics([...withText, empty].map((p) => shingleMatching(p.truth, p.pred)));
    expect(b.precision).toBeCloseTo(a.precision, 12);
    expect(b.recall).toBeLessThan(a.recall);
  });

  it.each(sample.cases.map((c) => [JSON.stringify(c.truth).slice(0, 40), c] as const))('tokens and shingles of %s as the script', (_, c) => {
    expect(tokenize(c.truth)).toEqual(c.tokens);
    close(shingleMatching(c.truth, c.pred), c.tpFpFn);
  });
});
