import { describe, expect, it } from 'vitest';
import { buildPlaceContext, findPlaces, placeHierarchy } from '../../../lib/places/index';
import { loadGazetteer } from './load';

const g = loadGazetteer();
/** Spans as [text, level, code] with the page context built from the text itself, as the pipeline does. */
const marked = (text: string, page: string[] = [text]) =>
  findPlaces(text, g, buildPlaceContext(page, g)).map((s) => [s.text, s.level, s.code] as const);
const texts = (text: string, page?: string[]) => marked(text, page).map((m) => m[0]);

describe('subdivisions abroad, in English', () => {
  it('reads "City, State" pairs, also before -based', () => {
    expect(texts('The Austin, Texas-based company said it would hire 500 workers.')).toEqual(['Austin', 'Texas']);
    expect(marked('Buffalo, New York, got three feet of snow.')).toEqual([
      ['Buffalo', 'city', null], ['New York', 'province', 'US-NY'],
    ]);
    expect(marked('Seattle, Washington, issued a heat warning.')[1]).toEqual(['Washington', 'province', 'US-WA']);
  });

  it('finds states, provinces, prefectures, Länder and oblasts with ISO 3166-2 codes', () => {
    expect(marked('Ontario, Bavaria, Hokkaido, Kerala, New South Wales and Scotland.').map((m) => m[2])).toEqual([
      'CA-ON', 'DE-BY', 'JP-01', 'IN-KL', 'AU-NSW', 'GB-SCT',
    ]);
    expect(texts("Ukrainian troops pushed into Russia's Kursk region as fighting went on in Donetsk.")).toEqual([
      'Russia', 'Kursk', 'Donetsk',
    ]);
    expect(placeHierarchy(g, 'US-TX').map((p) => p.name)).toEqual(['得克萨斯州', '美国']);
  });

  it('tells Georgia the state from Georgia the country by its neighbours and the page', () => {
    expect(marked('Atlanta, Georgia, recorded its hottest June.')[1]).toEqual(['Georgia', 'province', 'US-GA']);
    expect(marked("In Tbilisi, Georgia's capital, protests went on.")[1]).toEqual(['Georgia', 'country', 'GE']);
    expect(marked('Georgia Governor Brian Kemp signed the bill.')).toEqual([['Georgia', 'province', 'US-GA']]);
  });

  it('keeps people, newspapers and clubs apart from places', () => {
    expect(texts('Michael Jordan and Lloyd Austin met Victoria Beckham.')).toEqual([]);
    expect(texts('The Washington Post and the New York Times reported it; Manchester United lost.')).toEqual([]);
    expect(texts('George Washington lived in Virginia.')).toEqual(['Virginia']);
    expect(texts('Nice weather is expected, forecasters said.')).toEqual([]);
    expect(texts('She grew up in Nice, France.')).toEqual(['Nice', 'France']);
    expect(texts('King Abdullah of Jordan hosted talks in Amman.')).toEqual(['Jordan', 'Amman']);
    expect(texts('The Philadelphia Eagles beat Bayern Munich fans; Real Madrid lost in Madrid.')).toEqual(['Madrid']);
  });

  it('splits hyphenated pairs and drops possessives', () => {
    expect(texts("US-China talks and Russia-Ukraine peace; Turkey's central bank.")).toEqual(['US', 'China', 'Russia', 'Ukraine', 'Turkey']);
    expect(texts('A train from Rostov-on-Don reached Port-au-Prince? No: Zamyn-Uud.')).toEqual(['Rostov-on-Don', 'Port-au-Prince', 'Zamyn-Uud']);
  });

  it('reads wire datelines in capitals', () => {
    expect(marked('WASHINGTON (Reuters) - The Federal Reserve held rates.')).toEqual([['WASHINGTON', 'city', null]]);
    expect(texts('RIO DE JANEIRO, May 5 (AP) — Heavy rains hit Brazil.')).toEqual(['RIO DE JANEIRO', 'Brazil']);
    expect(texts('BREAKING: markets fall')).toEqual([]);
  });

  it('treats Washington alone as the US capital and "Washington state" as the state', () => {
    expect(marked('Washington said the talks would resume.')).toEqual([['Washington', 'city', null]]);
    expect(marked('Officials in Washington state agreed.')).toEqual([['Washington', 'province', 'US-WA']]);
  });
});

describe('subdivisions abroad, in Chinese', () => {
  it('finds full and common short names', () => {
    expect(marked('加州和纽约州起诉联邦政府，安大略省、北海道和北方邦也受影响。').map((m) => [m[0], m[2]])).toEqual([
      ['加州', 'US-CA'], ['纽约州', 'US-NY'], ['安大略省', 'CA-ON'], ['北海道', 'JP-01'], ['北方邦', 'IN-UP'],
    ]);
    expect(texts('德克萨斯州和得克萨斯州是同一个州。')).toEqual(['德克萨斯州', '得克萨斯州']);
  });

  it('reads 德州 as 山东 unless the page or the text before it says Texas', () => {
    expect(marked('德州的企业加快转型升级。')).toEqual([['德州', 'prefecture', '371400']]);
    expect(marked('美国德州遭遇寒潮。')[1]).toEqual(['德州', 'province', 'US-TX']);
    expect(marked('德州州长发表讲话。', ['美国得克萨斯州奥斯汀市遭遇寒潮。', '德州州长发表讲话。'])).toEqual([['德州', 'province', 'US-TX']]);
    expect(marked('德州扒鸡远销各地。', ['山东德州市粮食丰收。', '德州扒鸡远销各地。'])).toEqual([['德州', 'prefecture', '371400']]);
  });

  it('needs context for world names that are also words or people', () => {
    expect(texts('他喜欢吃汉堡，也爱读简·奥斯汀的小说。')).toEqual([]);
    expect(texts('歌手丹尼斯站在舞台中央，锅里加水。')).toEqual([]);
    expect(texts('德国汉堡港的吞吐量回升。')).toEqual(['德国', '汉堡港']);
  });

  it('does not take a two-character city out of a longer country name', () => {
    expect(texts('代表团抵达卡塔尔首都多哈。')).toEqual(['卡塔尔', '多哈']);
  });

  it('matches 市 forms of world cities', () => {
    expect(marked('美国得克萨斯州奥斯汀市')).toEqual([
      ['美国', 'country', 'US'], ['得克萨斯州', 'province', 'US-TX'], ['奥斯汀市', 'city', null],
    ]);
  });
});

describe('loading', () => {
  it('resolves entries and codes on demand, townships included', () => {
    const idx = g.byCode.get('150824104');
    expect(idx).toBeDefined();
    expect(g.entry(idx!)).toMatchObject({ level: 'township', code: '150824104' });
    expect(g.entry(idx!)).toBe(g.entry(idx!));
    expect(g.entry(g.parentOf(idx!)).code).toBe('150824');
  });

  it('knows which entries lie abroad: a foreign country and everything under it, never a Chinese division', () => {
    const at = (code: string) => g.byCode.get(code)!;
    expect(g.foreignOf(0)).toBe(false);
    expect(g.foreignOf(at('150824104'))).toBe(false);
    expect(g.foreignOf(at('150200'))).toBe(false);
    expect(g.foreignOf(at('US'))).toBe(true);
    expect(g.foreignOf(at('US-TX'))).toBe(true);
    // Every entry agrees with a walk up to its top ancestor.
    const disagree: number[] = [];
    for (let e = 0; e < g.size; e++) {
      let top = e;
      while (g.parentOf(top) >= 0) top = g.parentOf(top);
      if (g.foreignOf(e) !== (g.levelOf(top) === 'country' && top !== 0)) disagree.push(e);
    }
    expect(disagree).toEqual([]);
  });
});

describe('former names', () => {
  it('links a former name to the country that holds the territory today, in English and Chinese', () => {
    const names = (text: string) => findPlaces(text, g, buildPlaceContext([text], g)).map((s) => `${s.text}:${s.code}`);
    expect(names('The Soviet Union and Yugoslavia sent envoys; Czechoslovakia and West Germany signed.')).toEqual([
      'Soviet Union:RU', 'Yugoslavia:RS', 'Czechoslovakia:CZ', 'West Germany:DE',
    ]);
    expect(names('苏联解体后，南斯拉夫军队举行演习。')).toEqual(['苏联:RU', '南斯拉夫:RS']);
  });

  it('knows Seoul and Rangoon by their old names, Northern Ireland and Ethiopia by their short ones', () => {
    expect(texts('金大中总统在汉城会见了代表团。')).toEqual(['汉城']);
    expect(texts('以保证北爱和平进程顺利发展，埃塞军队撤出。')).toEqual(['北爱', '埃塞']);
    expect(texts('Troops in Rangoon met the delegation.')).toEqual(['Rangoon']);
  });
});

describe('names of China, the Gulf, the Three Gorges and the Earth', () => {
  it('links 中华, 华夏 and 神州 to China, not to a township called 中华', () => {
    const names = (text: string) => findPlaces(text, g, buildPlaceContext([text], g)).map((s) => `${s.text}:${s.code}`);
    expect(names('弘扬中华民族精神，华夏子孙、神州学子同心。')).toEqual(['中华:CN', '华夏:CN', '神州:CN']);
    expect(texts('澳门中华总商会会长在致词中说。')).toEqual([]);
  });

  it('reads 海湾 alone as the Gulf, and after a place as that place’s gulf', () => {
    expect(texts('美国将增加在海湾的驻军。')).toEqual(['美国', '海湾']);
    expect(texts('因受来自阿拉斯加海湾的海风影响。')).toEqual(['阿拉斯加']);
  });

  it('knows the Three Gorges, the Earth and the Moon', () => {
    expect(texts('三峡工程一期完工。')).toEqual(['三峡']);
    expect(texts('月球表面比地球冷得多。')).toEqual(['月球', '地球']);
  });
});

describe('places inside transliterated names', () => {
  it('does not mark a place the name of a person abroad runs through (阿拉法特, 罗马里奥)', () => {
    expect(texts('巴勒斯坦领导人阿拉法特14日飞抵开罗。')).toEqual(['巴勒斯坦', '开罗']);
    expect(texts('罗马里奥在记者招待会上说。')).toEqual([]);
  });

  it('keeps a place between grammar characters (比美国多) and a list of countries', () => {
    expect(texts('欧盟的援助比美国多一倍。')).toContain('美国');
    expect(texts('他访问了马里和尼日尔。')).toEqual(['马里', '尼日尔']);
  });
});
