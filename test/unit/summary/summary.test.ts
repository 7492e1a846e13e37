// What the library's map and figures views are drawn from, and how a row's passage is marked.
import { describe, expect, it } from 'vitest';
import { countPlaces } from '../../../lib/summary/places';
import { sortFigureGroups, summariseFigures } from '../../../lib/summary/figures';
import { markRuns } from '../../../lib/marks';
import { SAMPLE_CLIPPINGS, SNOW, DONGSHENG, FREIGHT, ECOMMERCE, stored } from '../store/clipping-fixtures';

describe('places per clipping, for the map', () => {
  it('counts a clipping once for each place and every division above it, and once for China', () => {
    const counts = countPlaces(SAMPLE_CLIPPINGS);
    // SNOW names 鄂尔多斯市 and two of its banners: one clipping for 鄂尔多斯, not three; DONGSHENG adds one.
    expect(counts.byCode.get('150600')).toBe(2);
    expect(counts.byCode.get('150000')).toBe(3);
    expect(counts.byCode.get('150200')).toBe(1);
    expect(counts.china).toBe(3);
    expect(counts.max).toBe(3);
  });

  it('files a country under its ISO code and not under China', () => {
    const mongolia = stored({ ...ECOMMERCE, places: [{ text: '蒙古国', name: '蒙古', level: 'country', code: 'MN', start: 0, end: 3 }] }, 'mn', 1);
    const counts = countPlaces([mongolia]);
    expect(counts.byCode.get('MN')).toBe(1);
    expect(counts.china).toBe(0);
  });
});

describe('figures by kind and unit', () => {
  const clippings = [stored(FREIGHT, 'f', 1), stored(SNOW, 's', 2), stored(DONGSHENG, 'd', 3), stored(ECOMMERCE, 'e', 4)];

  it('groups millimetres of snow together with their smallest, median and largest value', () => {
    const mm = summariseFigures(clippings).find((g) => g.unit === 'mm')!;
    expect(mm).toMatchObject({ kind: 'quantity', count: 4, min: 4.6, median: 4.85, max: 5.3 });
    expect(mm.entries.map((e) => e.text)).toEqual(['5.3毫米', '4.9毫米', '4.8毫米', '4.6毫米']);
    expect(mm.entries[0]!.headline).toBe('全区多地降雪有效缓解当前旱情');
  });

  it('leaves years out unless dates are asked for', () => {
    expect(summariseFigures(clippings).some((g) => g.kind === 'date')).toBe(false);
    expect(summariseFigures(clippings, { includeDates: true }).find((g) => g.kind === 'date')?.count).toBe(1);
  });

  it('sorts by any column, groups without a value last either way', () => {
    const groups = summariseFigures(clippings);
    const byMax = sortFigureGroups(groups, 'max', true).map((g) => g.max);
    expect(byMax[0]).toBe(2480000000);
    const up = sortFigureGroups(groups, 'max', false).map((g) => g.max);
    expect(up).toEqual([...up].sort((a, b) => (a ?? Infinity) - (b ?? Infinity)));
    expect(sortFigureGroups(groups, 'count', true)[0]!.count).toBe(4);
  });
});

describe('a passage marked as on the page', () => {
  it('cuts the text into plain runs, figures by kind and places, losing no character', () => {
    const runs = markRuns(SNOW.text, SNOW.figures, SNOW.places);
    expect(runs.map((r) => r.text).join('')).toBe(SNOW.text);
    expect(runs.filter((r) => r.mark === 'place').map((r) => r.text)).toEqual(['鄂尔多斯市', '准格尔旗', '乌审旗', '呼和浩特市', '土默特左旗']);
    expect(runs.find((r) => r.mark === 'figure')).toEqual({ text: '4.9毫米', mark: 'figure', kind: 'quantity' });
  });

  it('ignores spans that overlap, run past the text or are malformed (imported data)', () => {
    const runs = markRuns('abcdef', [{ text: 'bcd', kind: 'number', value: 1, unit: null, approx: false, bound: null, start: 1, end: 4 }], [
      { text: 'cde', name: 'x', level: 'city', code: null, start: 2, end: 5 },
      { text: '?', name: 'y', level: 'city', code: null, start: -3, end: 99 },
    ]);
    expect(runs.map((r) => [r.text, r.mark])).toEqual([['a', null], ['bcd', 'figure'], ['ef', null]]);
  });

  it('marks only the start of a very long passage', () => {
    const long = '甲'.repeat(5000);
    expect(markRuns(long, [], [], 600).map((r) => r.text).join('').length).toBe(600);
  });
});
