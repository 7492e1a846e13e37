// One-character abbreviations of countries and provinces (lib/places/abbreviations.ts) and the tagger's say over
// names the rules turned down (lib/places/model/apply.ts), through findPlaces as a page's text meets them.
import { describe, expect, it } from 'vitest';
import { buildPlaceContext, findPlaces } from '../../../lib/places/index';
import { loadGazetteer } from './load';

const g = loadGazetteer();
const marked = (text: string) => findPlaces(text, g, buildPlaceContext([text], g)).map((s) => [s.text, s.code] as const);
const texts = (text: string) => marked(text).map((m) => m[0]);

describe('one-character abbreviations', () => {
  it('reads compounds over a word of relation, each character linked to its country or province', () => {
    expect(marked('官员的预测说，美中关系将掀开新的一页。')).toEqual([['美', 'US'], ['中', 'CN']]);
    expect(marked('俄美特使访问贝尔格莱德。').slice(0, 2)).toEqual([['俄', 'RU'], ['美', 'US']]);
    expect(marked('京沪高速客运专线已经开工。')).toEqual([['京', '110000'], ['沪', '310000']]);
    expect(marked('这是中葡双方的共同目标。')).toEqual([['中', 'CN'], ['葡', 'PT']]);
    // A character several countries share (巴: Pakistan, Palestine, Brazil) is a place in the compound, unlinked.
    expect(marked('阿拉法特说，巴以谈判进展缓慢。').slice(-2)).toEqual([['巴', null], ['以', 'IL']]);
    // A compound that spells a township's short form too (中韩) is still the two countries; one character of it
    // already taken alone (韩) does not cut the compound; 间 (between) is a word of relation.
    expect(marked('双方一致认为，中韩两国的经贸往来前景广阔。')).toEqual([['中', 'CN'], ['韩', 'KR']]);
    expect(marked('分析人士预计，韩美间的磋商将延续到下月。')).toEqual([['韩', 'KR'], ['美', 'US']]);
  });

  it('reads enumerations closed by a count of countries', () => {
    expect(marked('从美、日、德、意等国相继引入生产线。')).toEqual([['美', 'US'], ['日', 'JP'], ['德', 'DE'], ['意', 'IT']]);
    expect(texts('他先后教过美、英、法等20多个国家的学生。')).toEqual(['美', '英', '法']);
  });

  it('reads an abbreviation after a verb of place or before a side, an army or an office', () => {
    expect(marked('欧盟最近公布了对华新政策。').filter((m) => m[0] === '华')).toEqual([['华', 'CN']]);
    expect(texts('会议在京召开，美方表示支持，俄总统当天访华。')).toEqual(['京', '美', '俄', '华']);
    expect(marked('中方代表团抵达。')).toEqual([['中', 'CN']]);
    expect(texts('某些人的反华噪音。')).toEqual(['华']);
    // Inside a word the verb opens (驻华大使), not one the abbreviation opens (在|日常).
    expect(marked('津巴布韦驻华大使塔瓦亚说。').slice(1)).toEqual([['华', 'CN']]);
    expect(marked('中缅边境线就在山下。')).toEqual([['中', 'CN'], ['缅', 'MM']]);
  });

  it('leaves the characters alone where they are part of words and names', () => {
    expect(texts('在日常生活中，来日方长，对法律负责。')).toEqual([]);
    expect(texts('其中方法很多，可以方便地增加方式。')).toEqual([]);
    expect(texts('中华人民共和国成立五十周年。')).toEqual(['中华人民共和国']);
    expect(texts('港铁加价3.68% 下月实施')).toEqual([]);
    expect(texts('美国总统在华盛顿会见了中美洲国家的领导人。')).not.toContain('华');
  });
});

describe('names the rules turned down', () => {
  it('keeps a prefecture the tagger is sure of where the rules found no support for it', () => {
    expect(texts('确认了日本侵略者在南京所犯的罪行。')).toContain('南京');
  });

  it('still drops a name cut across a word or standing for a common word', () => {
    expect(texts('中国代表团团长沙祖康27日在这里举行记者招待会。')).not.toContain('长沙');
    expect(texts('基础设施部长沙龙等人意见相左。')).not.toContain('长沙');
    expect(texts('活动中心的集体宿舍里住着三十人。')).toEqual([]);
  });
});

describe('abbreviations in compounds and peoples', () => {
  it('reads a people named by its place (华侨, 华人, 港人, 藏胞) as that place, not a university named so', () => {
    expect(texts('广大海外华人华侨都希望祖国繁荣。')).toEqual(['华', '华']);
    expect(texts('香港有独特的条件，港人平均素质高。')).toContain('港');
    expect(texts('他晚年还担任华侨大学董事长。')).toEqual([]);
  });

  it('reads continents joined into one word (欧美, 亚非拉) as each continent', () => {
    const spans = findPlaces('同时已有不少在欧美工作的青年学者，亚非拉国家也派了人。', g);
    expect(spans.map((s) => `${s.text}:${s.name}`)).toEqual(['欧:欧洲', '美:美国', '亚:亚洲', '非:非洲', '拉:拉丁美洲']);
  });

  it('reads two countries run together as one word of the sentence (美中|长远合作), not a newspaper or a name', () => {
    expect(texts('从美中长远合作的大局出发。')).toEqual(['美', '中']);
    expect(texts('两国外长就英法海底隧道交换意见。')).toEqual(['英', '法']);
    expect(texts('美国对中美洲国家的政策。')).not.toContain('中');
    expect(texts('他的话在不经意中透露出来。')).toEqual([]);
  });
});
