// Countries and provinces that stand for the sides of a match are teams, not places (issue #15: the labelled news
// of People's Daily reads them so); the place where the match is played stays a place.
import { describe, expect, it } from 'vitest';
import { buildPlaceContext, findPlaces } from '../../../lib/places/index';
import { loadGazetteer } from './load';

const g = loadGazetteer();
const texts = (text: string) => findPlaces(text, g, buildPlaceContext([text], g)).map((s) => s.text);

describe('teams named after places', () => {
  it('does not mark the sides listed in a report of sport', () => {
    expect(texts('八强已经产生：e组的美国、俄罗斯、立陶宛、西班牙。')).toEqual([]);
    expect(texts('男排第二至六名的队依次是江苏、浙江、河南、辽宁和上海。')).toEqual([]);
  });

  it('keeps the venue of the match, and places listed outside sport', () => {
    expect(texts('男排第二至六名的队依次是江苏、浙江，决赛在四川成都进行。')).toContain('成都');
    expect(texts('代表团访问了江苏、浙江和上海。')).toEqual(['江苏', '浙江', '上海']);
  });
});

describe('a region before a part of it', () => {
  it('reads 东北地区南部 as the south of 东北, and keeps 西北地区 whole without a part after it', () => {
    expect(texts('22日晚上至23日，东北地区北部和东部有小到中雨。')).toContain('东北');
    expect(texts('华北、西北地区排名第一。')).toContain('西北地区');
  });
});

describe('news regions', () => {
  it('knows South and Central America and East Asia (not 中 of 中美洲 as China)', () => {
    expect(texts('美国对中美洲国家的政策。')).toEqual(['美国', '中美洲']);
    expect(texts('东亚金融危机发生以后，南美也受到冲击。')).toEqual(['东亚', '南美']);
  });
});
