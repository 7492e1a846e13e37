// The figures of a set of clippings by kind and unit, for the library's figures view: how many, the smallest,
// the median and the largest normalised value, and the figures themselves, so a reader sees at a glance which
// amounts the clippings hold and can sort them.
import type { Clipping } from '../clipping';
import type { FigureKind } from '../types';

export interface FigureEntry {
  /** As printed: 51.2亿元. */
  text: string;
  value: number | null;
  clippingId: string;
  headline: string;
}

export interface FigureGroup {
  kind: FigureKind;
  unit: string | null;
  count: number;
  /** Over the figures with a value; null when none has one. */
  min: number | null;
  median: number | null;
  max: number | null;
  /** Largest value first; figures without a value last. */
  entries: FigureEntry[];
}

export interface FigureSummaryOptions {
  /** Dates (2022年, 2月9日) are when, not how much: left out unless asked for. */
  includeDates?: boolean;
}

const key = (kind: FigureKind, unit: string | null) => `${kind}\u0000${unit ?? ''}`;

export function summariseFigures(clippings: Iterable<Clipping>, options: FigureSummaryOptions = {}): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const c of clippings) {
    const headline = c.article?.headline || c.pageTitle;
    for (const f of c.figures) {
      if (f.kind === 'date' && !options.includeDates) continue;
      const k = key(f.kind, f.unit);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { kind: f.kind, unit: f.unit, count: 0, min: null, median: null, max: null, entries: [] }));
      g.count++;
      g.entries.push({ text: f.text, value: f.value, clippingId: c.id, headline });
    }
  }
  for (const g of groups.values()) {
    g.entries.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
    const values = g.entries.map((e) => e.value).filter((v): v is number => v !== null && Number.isFinite(v));
    if (values.length) {
      g.max = values[0]!;
      g.min = values[values.length - 1]!;
      const mid = values.length >> 1;
      g.median = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || (a.unit ?? '').localeCompare(b.unit ?? ''));
}

export type FigureSortKey = 'kind' | 'unit' | 'count' | 'min' | 'median' | 'max';

/** Sorted copy; nulls last whichever the direction. */
export function sortFigureGroups(groups: readonly FigureGroup[], by: FigureSortKey, descending: boolean): FigureGroup[] {
  const sign = descending ? -1 : 1;
  return [...groups].sort((a, b) => {
    const x = a[by];
    const y = b[by];
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  });
}
