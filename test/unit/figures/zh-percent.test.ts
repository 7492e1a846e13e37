// Chinese percentages in every form a Simplified or Traditional paper writes them, each class in both scripts,
// with the span a reader sees highlighted and the value in percent ("%") or percentage points ("pp"); and the
// words made of the same characters that are no percentage at all.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/figures';

type Case = [sentence: string, text: string, value: number, unit: '%' | 'pp'];

function check(cases: Case[]): void {
  for (const [sentence, text, value, unit] of cases) {
    const found = findFigures(sentence).filter((f) => f.kind === 'percent');
    expect(found.map((f) => [f.text, f.value, f.unit]), sentence).toEqual([[text, value, unit]]);
  }
}

describe('Chinese percentages, Simplified and Traditional', () => {
  it('reads percentage points: 个百分点 and 個百分點, in digits, numerals and full-width', () => {
    check([
      ['存款准备金率下调0.5个百分点', '0.5个百分点', 0.5, 'pp'],
      ['失業率較上季回落0.2個百分點', '0.2個百分點', 0.2, 'pp'],
      ['增速比上年加快两个百分点', '两个百分点', 2, 'pp'],
      ['增幅收窄兩個百分點', '兩個百分點', 2, 'pp'],
      ['毛利率提高5个百分点', '5个百分点', 5, 'pp'],
      ['利率下调一个百分点', '一个百分点', 1, 'pp'],
      ['失業率上升一個百分點', '一個百分點', 1, 'pp'],
      ['利差擴大十個百分點', '十個百分點', 10, 'pp'],
      ['占比下降零點五個百分點', '零點五個百分點', 0.5, 'pp'],
      ['指数升了１１１，１１１个百分点', '１１１，１１１个百分点', 111111, 'pp'],
      ['投票率跌了１２個百分點', '１２個百分點', 12, 'pp'],
      ['利率下调半个百分点', '半个百分点', 0.5, 'pp'],
      ['息差收窄半個百分點', '半個百分點', 0.5, 'pp'],
      ['增速放缓一个半百分点', '一个半百分点', 1.5, 'pp'],
      ['增幅回落了1·5个百分点', '1·5个百分点', 1.5, 'pp'],
    ]);
  });

  it('reads tenths with 成: 两成/兩成, decimals, halves and a second digit', () => {
    check([
      ['今年销量增长两成', '两成', 20, '%'],
      ['樓價較高位回落兩成', '兩成', 20, '%'],
      ['约有五成受访者表示满意', '五成', 50, '%'],
      ['他對勝選有十成把握', '十成', 100, '%'],
      ['入住率达八点五成', '八点五成', 85, '%'],
      ['入座率達八點五成', '八點五成', 85, '%'],
      ['出勤率高达9.5成', '9.5成', 95, '%'],
      ['上座率只有２.５成', '２.５成', 25, '%'],
      ['约三成半的家庭没有储蓄', '三成半', 35, '%'],
      ['僅有三成半市民支持', '三成半', 35, '%'],
      ['今年只增加了半成', '半成', 5, '%'],
      ['七成五的商户已复工', '七成五', 75, '%'],
      ['約有4成5受訪者', '4成5', 45, '%'],
      ['占比约１成５', '１成５', 15, '%'],
    ]);
  });

  it('reads 万分之 and 萬分之, 千分之 and ‰ as parts of a hundred', () => {
    check([
      ['交易佣金为万分之三', '万分之三', 0.03, '%'],
      ['印花稅調至萬分之五', '萬分之五', 0.05, '%'],
      ['误差不超过万分之零点五', '万分之零点五', 0.005, '%'],
      ['不良率僅千分之三點五', '千分之三點五', 0.35, '%'],
      ['人口自然增长率为3‰', '3‰', 0.3, '%'],
      ['基点费率为5‱', '5‱', 0.05, '%'],
    ]);
  });

  it('reads 百分之 with decimals, hundreds, zero and a sign', () => {
    check([
      ['支持率为百分之五十点五', '百分之五十点五', 50.5, '%'],
      ['支持率為百分之五十點五', '百分之五十點五', 50.5, '%'],
      ['合格率达到百分之一百', '百分之一百', 100, '%'],
      ['他們百分之百確定', '百分之百', 100, '%'],
      ['通胀仅为百分之零点五', '百分之零点五', 0.5, '%'],
      ['实际利率是负百分之五', '负百分之五', -5, '%'],
      ['實質增長為負百分之五', '負百分之五', -5, '%'],
      ['持股比例为百分之９，９９９', '百分之９，９９９', 9999, '%'],
      ['百分比为百分之三十', '百分之三十', 30, '%'],
    ]);
  });

  it('reads the percent signs, full-width and Arabic, and keeps a minus sign', () => {
    check([
      ['出口同比增长15.5%', '15.5%', 15.5, '%'],
      ['出口按年增長１５．５％', '１５．５％', 15.5, '%'],
      ['营收同比－122％', '－122％', -122, '%'],
      ['盈利倒退−3.5%', '−3.5%', -3.5, '%'],
      ['股价跌了-5%', '-5%', -5, '%'],
      ['通胀率达45٪', '45٪', 45, '%'],
      ['约四十五%的居民', '四十五%', 45, '%'],
      ['负5%的增长', '负5%', -5, '%'],
      ['增长率从3·2％下降', '3·2％', 3.2, '%'],
    ]);
  });

  it('marks "over" a number of points as approximate', () => {
    const [f] = findFigures('比上年提高两个多百分点');
    expect(f).toMatchObject({ text: '两个多百分点', value: 2, unit: 'pp', approx: true });
  });

  it('reads both sides of a range that writes 百分之 once', () => {
    const got = findFigures('失业率在百分之三十到五十之间').map((f) => [f.text, f.value, f.unit]);
    expect(got).toEqual([['百分之三十', 30, '%'], ['五十', 50, '%']]);
    expect(findFigures('费率为千分之三至五').map((f) => f.value)).toEqual([0.3, 0.5]);
  });

  it('reads 百分之 and 个百分点 set apart by a space, as some typesetting writes them', () => {
    check([
      ['增长百分之 5', '百分之 5', 5, '%'],
      ['增長百分之　五十', '百分之　五十', 50, '%'],
      ['利率下调1.5 个百分点', '1.5 个百分点', 1.5, 'pp'],
      ['失業率上升0.3 個百分點', '0.3 個百分點', 0.3, 'pp'],
    ]);
  });

  it('reads full-width digits with full-width separators in every form', () => {
    check([
      ['升幅达９，９９９％', '９，９９９％', 9999, '%'],
      ['增幅為百分之１，０００．５', '百分之１，０００．５', 1000.5, '%'],
      ['跌了２，５００個百分點', '２，５００個百分點', 2500, 'pp'],
      ['占比为百分之９９．９', '百分之９９．９', 99.9, '%'],
      ['佣金為萬分之０．５', '萬分之０．５', 0.005, '%'],
      ['上座率達１０成', '１０成', 100, '%'],
    ]);
  });

  it('reads 多 after a share as "over"', () => {
    const over = (t: string) => findFigures(t).map((f) => [f.text, f.value, f.unit, f.approx]);
    expect(over('销量增长了三成多')).toEqual([['三成多', 30, '%', true]]);
    expect(over('支持率為百分之五十多')).toEqual([['百分之五十多', 50, '%', true]]);
    expect(over('利潤增長5%多')).toEqual([['5%多', 5, '%', true]]);
    expect(over('九成多的受訪者')).toEqual([['九成多', 90, '%', true]]);
    expect(over('三成多数是学生')).toEqual([['三成', 30, '%', false]]);
    expect(over('支持度只有百分之二十幾')).toEqual([['百分之二十幾', 20, '%', true]]);
  });

  it('reads the modifiers around a share, in both scripts', () => {
    const mod = (t: string) => findFigures(t).map((f) => [f.text, f.value, f.unit, f.approx, f.bound]);
    expect(mod('增长百分之五以上')).toEqual([['百分之五以上', 5, '%', false, 'min']]);
    expect(mod('增長百分之五左右')).toEqual([['百分之五左右', 5, '%', true, null]]);
    expect(mod('回落１．５個百分點左右')).toEqual([['１．５個百分點左右', 1.5, 'pp', true, null]]);
    expect(mod('下降三個百分點以上')).toEqual([['三個百分點以上', 3, 'pp', false, 'min']]);
    expect(mod('提高了近3个百分点')).toEqual([['3个百分点', 3, 'pp', true, null]]);
    expect(mod('上升近兩個百分點')).toEqual([['兩個百分點', 2, 'pp', true, null]]);
    expect(mod('逾五成受訪者')).toEqual([['五成', 50, '%', false, 'min']]);
    expect(mod('不足一成')).toEqual([['一成', 10, '%', false, 'max']]);
    expect(mod('約八成半')).toEqual([['八成半', 85, '%', true, null]]);
    expect(mod('約有七成三的受訪者')).toEqual([['七成三', 73, '%', true, null]]);
    expect(mod('八成以上')).toEqual([['八成以上', 80, '%', false, 'min']]);
  });

  it('reads both sides of a range of shares, whichever side names the unit', () => {
    const range = (t: string) => findFigures(t).map((f) => [f.text, f.value, f.unit]);
    expect(range('增幅介乎15%至20%')).toEqual([['15%', 15, '%'], ['20%', 20, '%']]);
    expect(range('增幅介乎１５％～２０％')).toEqual([['１５％', 15, '%'], ['２０％', 20, '%']]);
    expect(range('增幅为15-20%')).toEqual([['15', 15, '%'], ['20%', 20, '%']]);
    expect(range('百分之十到二十')).toEqual([['百分之十', 10, '%'], ['二十', 20, '%']]);
    expect(range('百分之十五到百分之二十')).toEqual([['百分之十五', 15, '%'], ['百分之二十', 20, '%']]);
    expect(range('百分之十五—二十')).toEqual([['百分之十五', 15, '%'], ['二十', 20, '%']]);
    expect(range('三到五成')).toEqual([['三', 30, '%'], ['五成', 50, '%']]);
    expect(range('兩成至三成')).toEqual([['兩成', 20, '%'], ['三成', 30, '%']]);
    expect(range('２至３成')).toEqual([['２', 20, '%'], ['３成', 30, '%']]);
    expect(range('利率上調三至五個百分點')).toEqual([['三', 3, 'pp'], ['五個百分點', 5, 'pp']]);
  });

  it('finds no share in 成 as a verb or a word, the adverb 八成, a guess of two numerals or the idiom 百分百', () => {
    for (const t of [
      '他成为冠军', '公司成立三年', '變成兩個', '三成年人同行', '兩成語', '八成是他干的', '他八成会来', '她八成不知道',
      '這八成是假的', '两三成', '七八成', '三四個百分點', '百分之七八十', '我百分百支持', '百分百投入',
    ]) {
      expect(findFigures(t).filter((f) => f.kind === 'percent'), t).toEqual([]);
    }
    // A fraction of a second or of a measure is that measure: 千分之一秒 is a millisecond, no share.
    expect(findFigures('只快了千分之一秒').map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([['千分之一秒', 'duration', 0.001, 's']]);
    expect(findFigures('誤差僅萬分之五毫米').map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([['萬分之五毫米', 'quantity', 0.0005, 'mm']]);
    expect(findFigures('百分之五十年底前完成').map((f) => [f.text, f.kind])).toEqual([['百分之五十', 'percent']]);
    // 八成 after a group is a share: 受访者中八成是女性.
    expect(findFigures('受访者中八成是女性').map((f) => f.value)).toEqual([80]);
  });

  it('reads discounts in 折 as the share of the price paid', () => {
    check([
      ['全场商品打八折', '八折', 80, '%'],
      ['門票一律打對折', '對折', 50, '%'],
      ['全場貨品對折優惠', '對折', 50, '%'],
      ['会员可享8.5折优惠', '8.5折', 85, '%'],
      ['機票低至九五折', '九五折', 95, '%'],
      ['冬装五点五折起', '五点五折', 55, '%'],
    ]);
  });

  it('finds no percentage in words made of the same characters', () => {
    for (const t of [
      '谈判一波三折', '9·11事件', '半个月后', '打个八九折', '三折叠屏手机发布', '百折不挠的精神', '把纸对折两次', '打折促销', '成交额创新高', '一成不变',
      '百分点', '百分比', '半成品仓库', '三五成群', '几成定局', '这一成果',
    ]) {
      expect(findFigures(t).filter((f) => f.kind === 'percent'), t).toEqual([]);
    }
  });
});
