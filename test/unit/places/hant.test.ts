// Places in Traditional text, and Taiwan's, Hong Kong's and Macau's divisions: mainland names written in Traditional
// resolve to the mainland entries, and 縣市、鄉鎮市區, HK's districts and areas and Macau's parishes have codes and
// parents like the mainland's.
import { describe, expect, it } from 'vitest';
import { placeHierarchy, scanPlaces } from '../../../lib/places';
import { loadGazetteer } from './load';

const g = loadGazetteer();
const found = (text: string) => (scanPlaces([text], g).spans[0] ?? []).map((p) => [p.text, p.code]);

describe('places in Traditional text', () => {
  it('resolves mainland names written in Traditional to the mainland entries, keeping the text as written', () => {
    expect(found('內蒙古自治區呼和浩特市')).toEqual([['內蒙古自治區', '150000'], ['呼和浩特市', '150100']]);
    expect(found('廣東省深圳市')).toEqual([['廣東省', '440000'], ['深圳市', '440300']]);
  });

  it("finds Taiwan's counties, cities, districts and townships in 臺 and 台 forms", () => {
    expect(found('臺北市大安區')).toEqual([['臺北市', '710100'], ['大安區', '710105']]);
    expect(found('台北市信義區')).toEqual([['台北市', '710100'], ['信義區', '710107']]);
    expect(found('宜蘭縣礁溪鄉')).toEqual([['宜蘭縣', '711200'], ['礁溪鄉', '711289']]);
    expect(found('彰化縣員林市')).toEqual([['彰化縣', '711700'], ['員林市', '711736']]);
    expect(placeHierarchy(g, '711289').map((h) => h.name)).toEqual(['礁溪乡', '宜兰县', '台湾省', '中国']);
  });

  it("finds Hong Kong's areas and districts and Macau's parishes", () => {
    expect(found('新界元朗區天水圍')).toEqual([['新界', '810300'], ['元朗區', '810305'], ['天水圍', '810305001']]);
    expect(found('灣仔區議會')).toEqual([['灣仔區', '810102']]);
    expect(found('香港九龍')).toEqual([['香港', '810000'], ['九龍', '810200']]);
    expect(found('澳門花地瑪堂區')).toEqual([['澳門', '820000'], ['花地瑪堂區', '820102']]);
  });

  it('does not take 台中 out of 舞台中央 or 平台中', () => {
    expect(found('歌手站在舞台中央')).toEqual([]);
    expect(found('在平台中发布')).toEqual([]);
  });
});
