// Places the gazetteer does not list, read by their level word (lib/places/unlisted.ts), a province's part by its
// direction (abbreviations.ts), a country's name the rules found against the tagger's doubt (model/choose.ts), and
// the sides of a sports report read on the rules' list (teams.ts): invented sentences.
import { describe, expect, it } from 'vitest';
import { buildPlaceContext, findPlaces } from '../../../lib/places/index';
import { loadGazetteer } from './load';

const g = loadGazetteer();
const spans = (text: string) => findPlaces(text, g, buildPlaceContext([text], g));
const texts = (text: string) => spans(text).map((s) => s.text);

describe('a division abroad spelt in transliteration before its level word', () => {
  it('is one place, unlinked, or keeping the entry of the place the rules found in it', () => {
    expect(texts('暴雨袭击了西部的卡塔贝拉省，两千人无家可归。')).toEqual(['卡塔贝拉省']);
    expect(texts('警方在卡尔斯特郡逮捕了三名嫌疑人。')).toEqual(['卡尔斯特郡']);
    expect(texts('代表团随后抵达瓦尔帕莱索市。')).toEqual(['瓦尔帕莱索市']);
    expect(texts('泥石流冲毁了贾拉拉巴德州的公路。')).toEqual(['贾拉拉巴德州']);
    expect(spans('洪水威胁到布宜诺斯艾利斯省的部分地区。').map((s) => [s.text, s.name])).toEqual([['布宜诺斯艾利斯省', '布宜诺斯艾利斯']]);
  });

  it('leaves a level word opening a common word, an office, and China’s own names alone', () => {
    expect(texts('伊拉克市场上的面粉价格上涨。')).toEqual(['伊拉克']);
    expect(texts('卡尔斯特州长昨天辞职。')).toEqual([]);
    expect(spans('今年克拉玛依市的产量增长。').map((s) => s.name)).toEqual(['克拉玛依市']);
    expect(texts('他到达德州后给家里打了电话。')).toEqual(['德州']);
  });
});

describe('a village or township after a word of place', () => {
  it('is a place of its own', () => {
    expect(texts('他们来到下河湾村，看望了老党员。')).toEqual(['下河湾村']);
    expect(texts('王大爷住在柳树屯村。')).toEqual(['柳树屯村']);
    expect(texts('干部们认为，东岗村的经验好。')).toEqual(['东岗村']);
    expect(spans('去年，石桥镇新修了三条公路。').map((s) => [s.text, s.level])).toEqual([['石桥镇', 'township']]);
  });

  it('not a common word, grammar, an organisation’s name or a word the level character opens', () => {
    expect(texts('他常说起农村的变化。')).toEqual([]);
    expect(texts('我们只好回到乡下。')).toEqual([]);
    expect(texts('很多人在家乡的小村里度过童年。')).toEqual([]);
    expect(texts('会后，石桥镇党委决定修路。')).toEqual([]);
    expect(texts('在这个村民小组，人人有活干。')).toEqual([]);
  });
});

describe('a province’s part by its direction', () => {
  it('marks the province', () => {
    expect(spans('他刚从川西考察回来。').map((s) => [s.text, s.name])).toEqual([['川', '四川省']]);
    expect(spans('这部小说写的是陕北高原的故事。').map((s) => s.name)).toEqual(['陕西省']);
  });
  it('not in a name or a word of its own', () => {
    expect(texts('苏东坡的诗流传很广。')).toEqual([]);
    expect(spans('走进陕西岐山县。').map((s) => s.text)).toContain('陕西');
  });
});

describe('a country the rules found', () => {
  it('stands where the tagger doubts it', () => {
    expect(texts('据报道，保加利亚南部城市普罗夫迪夫举办了图片展。')).toContain('保加利亚');
    expect(texts('会议在西班牙巴塞罗那举行。')).toEqual(['西班牙', '巴塞罗那']);
    expect(texts('埃及石油部长今天抵京。')).toContain('埃及');
  });
  it('is still a side, not a place, in a list of a sports report', () => {
    expect(texts('八强已经产生：e组的巴西、俄罗斯、立陶宛、西班牙。')).toEqual([]);
  });
});
