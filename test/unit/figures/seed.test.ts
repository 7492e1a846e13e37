// The seed page's hand-labelled figures: every required figure is found with its kind, value and unit, and no
// negative string (5G, 二十大, 第1版 …) is ever highlighted, at any of its occurrences.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/figures';
import type { FigureSpan } from '../../../lib/types';

interface Expected {
  text: string;
  kind: string;
  value?: number;
  unit?: string;
}
const root = resolve(process.cwd(), 'test/fixtures/seed');
const page = readFileSync(resolve(root, 'page.txt'), 'utf8');
const truth = JSON.parse(readFileSync(resolve(root, 'expected.json'), 'utf8')) as {
  figures: { required: Expected[]; optional: string[]; negative: string[] };
};
// Paragraph by paragraph, as the extension runs it; offsets mapped back to the page.
const figures: FigureSpan[] = [];
{
  let at = 0;
  for (const line of page.split('\n')) {
    for (const f of findFigures(line)) figures.push({ ...f, start: f.start + at, end: f.end + at });
    at += line.length + 1;
  }
}

// Words that qualify a figure may sit inside its span (the expected.json note); 以上 never silently.
const LEADING = ['约', '近', '超过', '逾', '突破', '不到', '不足'];
const TRAILING = ['左右', '余', '多'];

function coveringFigure(start: number, end: number): FigureSpan | undefined {
  return figures.find((f) => {
    if (f.start === start && f.end === end) return true;
    const lead = page.slice(f.start, start);
    const trail = page.slice(end, f.end);
    return f.start <= start && f.end >= end && (lead === '' || LEADING.includes(lead)) && (trail === '' || TRAILING.includes(trail));
  });
}

function occurrences(needle: string): number[] {
  const at: number[] = [];
  for (let i = page.indexOf(needle); i >= 0; i = page.indexOf(needle, i + 1)) at.push(i);
  return at;
}

describe('seed page figures', () => {
  it('finds every required figure at each of its occurrences, with kind, value and unit', () => {
    const problems: string[] = [];
    for (const exp of truth.figures.required) {
      const at = occurrences(exp.text);
      expect(at.length, exp.text).toBeGreaterThan(0);
      // a short figure text also occurs inside longer ones (5个 in 55个): it must be found where it stands as
      // itself, and wherever it is found it must read right
      for (const i of at) {
        const standsAlone = !/[0-9.]/.test(page[i - 1] ?? '');
        const f = coveringFigure(i, i + exp.text.length);
        if (f === undefined) {
          if (standsAlone) problems.push(`${exp.text} at ${i}: not found`);
          continue;
        }
        if (f.kind !== exp.kind) problems.push(`${exp.text}: kind ${f.kind}`);
        if (exp.value !== undefined && f.value !== exp.value) problems.push(`${exp.text}: value ${f.value}`);
        if (exp.unit !== undefined && f.unit !== exp.unit) problems.push(`${exp.text}: unit ${f.unit}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('captures 以上 as a lower bound inside the span', () => {
    for (const text of ['10亿元以上', '30%以上']) {
      const f = figures.find((x) => x.text === text);
      expect(f?.bound, text).toBe('min');
    }
  });

  it('marks approximate and bounded figures', () => {
    const near = figures.find((f) => f.text.endsWith('20000只'));
    expect(near?.approx).toBe(true);
    const over = figures.filter((f) => f.text === '340家');
    expect(over.length).toBeGreaterThan(0);
    expect(over.every((f) => f.bound === 'min')).toBe(true);
    const breakThrough = figures.find((f) => f.text === '1900万吨');
    expect(breakThrough?.bound).toBe('min');
  });

  it('never highlights a negative string', () => {
    for (const neg of truth.figures.negative) {
      for (const i of occurrences(neg)) {
        const hit = figures.find((f) => f.start < i + neg.length && f.end > i);
        expect(hit, `${neg} at ${i}`).toBeUndefined();
      }
    }
  });

  it('tells years, dates and durations apart', () => {
    const kindOf = (text: string): string[] => figures.filter((f) => f.text === text).map((f) => f.kind);
    expect(new Set(kindOf('2022年'))).toEqual(new Set(['date']));
    expect(kindOf('2月9日')).toContain('date');
    expect(kindOf('2015年9月')).toEqual(['date']);
    expect(kindOf('16年')).toEqual(['duration']);
    expect(kindOf('5天')).toEqual(['duration']);
  });
});
