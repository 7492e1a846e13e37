// A place opening a currency's or a clock's name (日元, 北京时间) is no place of its own (issue #15: exact spans).
import { describe, expect, it } from 'vitest';
import { buildPlaceContext, findPlaces } from '../../../lib/places/index';
import { loadGazetteer } from './load';

const g = loadGazetteer();
const texts = (text: string) => findPlaces(text, g, buildPlaceContext([text], g)).map((s) => s.text);

describe('currencies and clocks', () => {
  it("marks no country in a currency's word nor a city in its clock", () => {
    expect(texts('上周美元对日元的汇价继续下跌。')).toEqual([]);
    expect(texts('决赛将在北京时间周日凌晨开打。')).toEqual([]);
  });

  it("keeps a country's full name before its currency, and 元首", () => {
    expect(texts('当时德国马克走势疲软。')).toEqual(['德国']);
    expect(texts('中国元首出席会议。')).toEqual(['中国']);
  });
});
