// The learned place tagger (lib/places/model) on what the rules alone get wrong, and its resource. Each case
// is checked against the same gazetteer without the tagger: the rules' answer differs, so a test fails if the
// tagger stops being applied.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPlaces, parseGazetteer } from '../../../lib/places/index';
import { isModelResource, loadModel, type ModelResource } from '../../../lib/places/model/resource';
import { RESOURCE, loadGazetteer } from './load';

const g = loadGazetteer();
const rulesOnly = parseGazetteer({ ...(JSON.parse(readFileSync(RESOURCE, 'utf8')) as object), model: undefined });
const texts = (text: string, gz = g) => findPlaces(text, gz).map((s) => s.text);

describe('the place tagger', () => {
  it('ships in the gazetteer resource and decodes', () => {
    expect(isModelResource(g.model)).toBe(true);
    expect(rulesOnly.model).toBeNull();
  });

  it('marks one-character abbreviations in compounds (中美关系)', () => {
    expect(findPlaces('中美关系取得新进展。', g).map((s) => [s.text, s.name, s.code])).toEqual([['中', '中国', 'CN'], ['美', '美国', 'US']]);
    expect(texts('中美关系取得新进展。', rulesOnly)).toEqual([]);
  });

  it('does not mark a place opening an organisation’s name, nor one inside a word', () => {
    expect(texts('中国共产党第十五次全国代表大会在北京召开。')).toEqual(['北京']);
    expect(texts('中国共产党第十五次全国代表大会在北京召开。', rulesOnly)).toEqual(['中国', '北京']);
    expect(texts('发展中国家的代表在会上发言。')).toEqual([]);
    expect(texts('发展中国家的代表在会上发言。', rulesOnly)).toEqual(['中国']);
  });

  it('finds towns the gazetteer lacks, unlinked: level feature, no code', () => {
    const found = findPlaces('保加利亚南部城市哈斯科沃不久前举办展览。', g);
    expect(found.map((s) => [s.text, s.level, s.code])).toEqual([['保加利亚', 'country', 'BG'], ['哈斯科沃', 'feature', null]]);
  });

  it('links former country names the gazetteer lists to the country holding the territory today', () => {
    const found = findPlaces('He flew to Zaire and then to Burma.', g);
    expect(found.map((s) => [s.text, s.code])).toEqual([['Zaire', 'CD'], ['Burma', 'MM']]);
  });

  it('reads a city in a sports result as its club', () => {
    expect(texts('Barcelona beat Porto 2-1 in the Champions League.')).not.toContain('Barcelona');
    expect(texts('Barcelona beat Porto 2-1 in the Champions League.', rulesOnly)).toContain('Barcelona');
  });

  it('refuses a malformed resource with a clear message', () => {
    const r = g.model as ModelResource;
    expect(isModelResource({ ...r, bits: 12 })).toBe(false);
    expect(isModelResource({ ...r, trans: { zh: [1], en: r.trans.en } })).toBe(false);
    expect(() => loadModel({ ...r, weights: '' })).toThrow(/place model: malformed resource/);
  });
});
