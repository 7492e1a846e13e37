// A division's short form followed by the word of its level, spelt as the gazetteer does not spell it, is one place
// (怒江州, 苏州新区, a county since renamed a district): issue #15's exact spans.
import { describe, expect, it } from 'vitest';
import { buildPlaceContext, findPlaces } from '../../../lib/places/index';
import { loadGazetteer } from './load';

const g = loadGazetteer();
const spans = (text: string) => findPlaces(text, g, buildPlaceContext([text], g)).map((s) => [s.text, s.name] as const);

describe('a short form and its level word', () => {
  it('runs the place on over the level word, linked to the same entry', () => {
    expect(spans('这些年，苏州新区发展很快。')).toContainEqual(['苏州新区', '苏州市']);
    expect(spans('会议决定，怒江州成立专门工作组。')).toContainEqual(['怒江州', '怒江傈僳族自治州']);
    expect(spans('多年前，河北栾城县建起了蔬菜基地。')).toContainEqual(['栾城县', '栾城区']);
  });

  it('leaves the level word alone where it opens a common word, and a full name as it is', () => {
    expect(spans('北京市场上的蔬菜供应充足。')).toContainEqual(['北京', '北京市']);
    expect(spans('杭州市民踊跃参加义务献血。')).toContainEqual(['杭州', '杭州市']);
    expect(spans('广东省政府今天发布通知。')).toContainEqual(['广东省', '广东省']);
  });
});

describe('a facility named by its place', () => {
  it('runs the place on over the facility, keeping its entry', () => {
    expect(spans('代表团今天下午抵达开罗机场。')).toContainEqual(['开罗机场', '开罗']);
    expect(spans('比赛今晚在广州天河体育中心举行。').map((s) => s[0])).toContain('天河体育中心');
    expect(spans('一艘货轮昨天驶抵鹿特丹港。')).toContainEqual(['鹿特丹港', '鹿特丹']);
  });

  it('leaves a word that only starts with the facility alone (港口)', () => {
    expect(spans('鹿特丹港口的吞吐量增长了一成。')).toContainEqual(['鹿特丹', '鹿特丹']);
  });
});

describe('an institution or landmark named by its place', () => {
  it('is one place with its place’s entry, right after the place or after a common word, and no organisation', () => {
    expect(spans('据中国美术馆工作人员介绍，展览自12日开始。')).toEqual([['中国美术馆', '中国']]);
    expect(spans('因此，中国印刷博物馆的历史价值将是永远的。')).toEqual([['中国印刷博物馆', '中国']]);
  });

  it('leaves a facility with a name of its own apart from its place', () => {
    expect(spans('首场比赛今天在北京先农坛体育场举行。')[0]).toEqual(['北京', '北京市']);
  });
});

describe('a township or village below a county or township', () => {
  it('adds the township or village the gazetteer, listing no villages, lacks', () => {
    expect(spans('他是陕西岐山县麦禾营镇的农民。').map((s) => s[0])).toContain('麦禾营镇');
    expect(spans('她在广东省东莞市虎门镇白沙村长大。').map((s) => s[0])).toContain('白沙村');
  });

  it('adds nothing where the level word closes a common word (农村, 家乡)', () => {
    expect(spans('陕西岐山县农村的变化很大。').map((s) => s[0])).not.toContain('农村');
    expect(spans('他回到陕西岐山县老家乡下。').map((s) => s[0])).toEqual(['陕西', '岐山县']);
  });
});
