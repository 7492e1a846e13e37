// Traditional numerals and units, signs, full-width separators, tenths (成) and 万分之: the forms of Hong Kong,
// Taiwan and Macau papers and of mainland text typed with full-width characters, read as the simplified ones are.
import { describe, expect, it } from 'vitest';
import { findFigures, parseChineseNumeral } from '../../../lib/figures';
import type { FigureSpan } from '../../../lib/types';

function one(text: string): FigureSpan {
  const found = findFigures(text);
  expect(found.map((f) => f.text), text).toHaveLength(1);
  return found[0] as FigureSpan;
}
const percents = (text: string) => findFigures(text).filter((f) => f.kind === 'percent');

describe('万亿 amounts and two-digit estimates', () => {
  it('reads 万亿 after a counted number', () => {
    expect(parseChineseNumeral('三万亿')).toBe(3e12);
    expect(parseChineseNumeral('一千万亿')).toBe(1e15);
    expect(parseChineseNumeral('亿万')).toBeNull();
    expect(one('中央财政安排三万亿元')).toMatchObject({ text: '三万亿元', kind: 'money', value: 3e12, unit: 'CNY' });
    expect(one('两万亿元')).toMatchObject({ value: 2e12 });
    expect(one('规模约十二万亿元')).toMatchObject({ text: '十二万亿元', value: 1.2e13, approx: true });
    expect(one('一千万亿元')).toMatchObject({ value: 1e15 });
  });

  it('reads 五六 as no number (five or six), while 二〇二二 stays a year', () => {
    expect(parseChineseNumeral('五六')).toBeNull();
    expect(parseChineseNumeral('二〇二二')).toBe(2022);
    expect(findFigures('来了五六个人')).toEqual([]);
  });
});

describe('Traditional figures', () => {
  it('reads 萬, 億, 兆, 兩 and 點 as their simplified forms, reporting the original text', () => {
    expect(one('本港去年錄得3.5萬宗')).toMatchObject({ text: '3.5萬宗', kind: 'count', value: 35000 });
    expect(one('總額達十九億元')).toMatchObject({ text: '十九億元', value: 1.9e9 });
    expect(one('增長兩成')).toMatchObject({ text: '兩成', kind: 'percent', value: 20 });
    expect(one('跌幅擴大至八點五成')).toMatchObject({ text: '八點五成', value: 85 });
  });

  it('names the currency written before the amount, as HK, Taiwan and Macau papers do', () => {
    expect(one('預算為新臺幣3.5兆元')).toMatchObject({ text: '新臺幣3.5兆元', kind: 'money', value: 3.5e12, unit: 'TWD' });
    expect(one('新台幣2,000元')).toMatchObject({ value: 2000, unit: 'TWD' });
    expect(one('耗資港幣500萬元')).toMatchObject({ value: 5e6, unit: 'HKD' });
    expect(one('撥款澳門元12億')).toMatchObject({ value: 1.2e9, unit: 'MOP' });
    expect(one('投資美元30億')).toMatchObject({ value: 3e9, unit: 'USD' });
    expect(one('每股1.95港元')).toMatchObject({ unit: 'HKD' });
    expect(one('補助約2萬澳門元')).toMatchObject({ value: 20000, unit: 'MOP' });
  });

  it('takes 兆 as 10^12 only before a currency: 兆瓦 and 100兆 stay megawatts and megabytes', () => {
    expect(one('裝機容量500兆瓦')).toMatchObject({ unit: 'MW', value: 500 });
    expect(findFigures('100兆寬頻').filter((f) => f.value === 1e14)).toEqual([]);
  });

  it('reads Taiwan and Hong Kong units', () => {
    expect(one('面積12公頃')).toMatchObject({ text: '12公頃', kind: 'quantity', value: 12, unit: 'ha' });
    expect(one('產量3萬公噸')).toMatchObject({ value: 30000, unit: 't' });
    expect(one('實用面積400呎')).toMatchObject({ unit: 'ft', value: 400 });
    expect(one('房屋30坪')).toMatchObject({ unit: '坪', value: 30 });
    expect(one('長度達1,200公尺')).toMatchObject({ unit: 'm', value: 1200 });
  });
});

describe('decimal numerals before a scale', () => {
  it('reads 三點五億元 and 一點二億人次 with their scale', () => {
    expect(one('預算三點五億元')).toMatchObject({ text: '三點五億元', kind: 'money', value: 3.5e8, unit: 'CNY' });
    expect(one('产量二点五万吨')).toMatchObject({ value: 25000, unit: 't' });
    expect(one('旅客一點二億人次')).toMatchObject({ kind: 'count', value: 1.2e8, unit: 'people' });
  });
});

describe('percentages in every written form', () => {
  it('reads 個百分點 and 个百分点, with full-width digits and separators', () => {
    expect(one('失業率上升0.3個百分點')).toMatchObject({ text: '0.3個百分點', kind: 'percent', value: 0.3, unit: 'pp' });
    expect(one('提高了１１１，１１１个百分点')).toMatchObject({ text: '１１１，１１１个百分点', value: 111111, unit: 'pp' });
    expect(one('占百分之９，９９９')).toMatchObject({ text: '百分之９，９９９', value: 9999 });
  });

  it('keeps the sign of a full-width or Unicode minus', () => {
    expect(one('同比－122％')).toMatchObject({ text: '－122％', value: -122 });
    expect(one('增速 −3.5%')).toMatchObject({ text: '−3.5%', value: -3.5 });
    expect(one('漲幅＋５％')).toMatchObject({ text: '＋５％', value: 5 });
  });

  it('reads tenths with decimals and halves: 9.5成, ２.５成, 三成半, 半成, 七成五', () => {
    expect(one('出席率達9.5成')).toMatchObject({ text: '9.5成', value: 95 });
    expect(one('上座率２.５成')).toMatchObject({ text: '２.５成', value: 25 });
    expect(one('約三成半市民')).toMatchObject({ text: '三成半', value: 35 });
    expect(one('僅增半成')).toMatchObject({ text: '半成', value: 5 });
    expect(one('七成五受訪者')).toMatchObject({ text: '七成五', value: 75 });
    expect(one('乘客量按年增長一成半')).toMatchObject({ text: '一成半', value: 15 });
    expect(one('買賣移轉棟數年減一成')).toMatchObject({ text: '一成', value: 10 });
    expect(one('僅一成受訪者')).toMatchObject({ text: '一成', value: 10 });
  });

  it('reads a decimal before 日 as a span of days, never a date', () => {
    expect(one('旅客平均逗留1.2日')).toMatchObject({ kind: 'duration', value: 1.2, unit: 'day' });
  });

  it('reads 万分之, 萬分之 and 千分之 as percentages', () => {
    expect(one('手續費萬分之三')).toMatchObject({ text: '萬分之三', kind: 'percent', value: 0.03, unit: '%' });
    expect(one('佣金万分之二点五')).toMatchObject({ value: 0.025 });
    expect(one('印花税千分之一')).toMatchObject({ value: 0.1, unit: '%' });
    expect(one('出生率3‰')).toMatchObject({ value: 0.3, unit: '%' });
    expect(one('利率為百分之負五')).toMatchObject({ text: '百分之負五', value: -5 });
  });

  it('finds no percentage in words made of 成 and numerals', () => {
    for (const t of ['半成品倉庫', '一成不變', '統一成標準', '他成為主席', '三五成群', '百分百投入', '九成功', '唯一成員', '這一成果', '一成年人', '同一成本']) {
      expect(percents(t), t).toEqual([]);
    }
  });
});
