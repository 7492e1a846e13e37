// Hover tips in one language: the Chinese UI says a figure's kind and unit in Chinese, the English UI names places in
// English where the gazetteer has an English name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeEntry, describeFigure } from '../../../entrypoints/annotator/describe';
import { strings } from '../../../entrypoints/annotator/strings';
import { annotateText } from '../../../lib/annotate';
import type { HighlightEntry } from '../../../lib/highlight/entries';
import { parseGazetteer } from '../../../lib/places';
import type { Figure } from '../../../lib/types';

const gazetteer = parseGazetteer(JSON.parse(readFileSync('public/gazetteer.json', 'utf8')));
const people: Figure = { text: '约2000名', kind: 'count', value: 2000, unit: 'people', approx: true, bound: null, start: 0, end: 6, paragraph: 0 } as Figure;

describe('hover tips', () => {
  it('are Chinese in the Chinese UI and English in the English UI', () => {
    expect(describeFigure(people, strings('zh-CN'))).toBe('约2000名 = ≈ 2,000 人（计数）');
    expect(describeFigure(people, strings('zh-TW'))).toBe('约2000名 = ≈ 2,000 人（計數）');
    expect(describeFigure(people, strings('en-US'))).toBe('约2000名 = ≈ 2,000 people (count)');
    expect(describeFigure(people, strings('zh-CN'))).not.toMatch(/[A-Za-z]/);
  });

  it('name a place by its English names in the English UI, its Chinese ones in the Chinese UI', () => {
    const { places } = annotateText('开罗街头', { gazetteer, lang: 'zh' });
    const cairo = places.find((p) => p.text === '开罗');
    expect(cairo).toBeDefined();
    const entry = { kind: 'place', set: 'jianbao-place', article: 0, ranges: [], place: { ...cairo!, paragraph: 0, nameEn: 'Cairo' } } as HighlightEntry;
    const en = describeEntry(entry, gazetteer, strings('en'));
    expect(en).toMatch(/^Cairo\b/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(describeEntry(entry, gazetteer, strings('zh-CN'))).toMatch(/^开罗 › /);
  });
});
