import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlaceContext, findPlaces } from '../../../lib/places/index';
import type { PlaceSpan } from '../../../lib/types';
import { loadGazetteer } from './load';

const page = readFileSync('test/fixtures/seed/page.txt', 'utf8');
const expected = JSON.parse(readFileSync('test/fixtures/seed/expected.json', 'utf8')) as {
  places: { required: string[]; optional: string[]; negative: string[] };
};
const paragraphs = page.split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0);

describe('places on the seed page', () => {
  const g = loadGazetteer();
  const ctx = buildPlaceContext(paragraphs, g);
  const spans: PlaceSpan[] = paragraphs.flatMap((p) => {
    const found = findPlaces(p, g, ctx);
    for (const s of found) expect(p.slice(s.start, s.end)).toBe(s.text);
    return found;
  });
  const texts = new Set(spans.map((s) => s.text));

  it.each(expected.places.required)('finds %s as a span of its own', (name) => {
    expect(texts.has(name)).toBe(true);
  });

  it.each(expected.places.negative)('never marks %s', (word) => {
    expect(texts.has(word)).toBe(false);
  });

  it('marks only expected names or full official names (no stray common words)', () => {
    const allowed = new Set([...expected.places.required, ...expected.places.optional]);
    const stray = spans.filter((s) => !allowed.has(s.text) && s.text !== s.name).map((s) => s.text);
    expect(stray).toEqual([]);
  });

  it('resolves the names to the right divisions', () => {
    const byText = new Map(spans.map((s) => [s.text, s]));
    expect(byText.get('包头')).toMatchObject({ name: '包头市', level: 'prefecture', code: '150200' });
    expect(byText.get('锡林郭勒')).toMatchObject({ name: '锡林郭勒盟', code: '152500' });
    expect(byText.get('阿尔山')).toMatchObject({ name: '阿尔山市', level: 'county', code: '152202' });
    expect(byText.get('二连浩特')).toMatchObject({ level: 'county', code: '152501' });
    expect(byText.get('蒙古国')).toMatchObject({ level: 'country', code: 'MN' });
    expect(byText.get('内蒙古自治区')).toMatchObject({ level: 'province', code: '150000' });
    expect(byText.get('河南乡')).toMatchObject({ level: 'township' });
    expect(byText.get('甘其毛都')).toMatchObject({ level: 'township', code: '150824104' });
    expect(byText.get('粤港澳大湾区')).toMatchObject({ level: 'region' });
    expect(byText.get('大青山')).toMatchObject({ level: 'feature' });
  });
});
