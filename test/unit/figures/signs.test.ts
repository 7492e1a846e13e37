// Signs before a number (＋ + － − -), in Chinese and English text: part of the figure's span and value when they
// are a sign, and left alone when they join words, sum numbers or separate a range's two sides.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/figures';

const read = (text: string) => findFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('signs before a figure', () => {
  it('keeps a plus sign in the span, full-width or not, in Chinese text', () => {
    expect(read('营收同比＋5％')).toEqual([['＋5％', 5, '%']]);
    expect(read('出口按年增長+3.2%')).toEqual([['+3.2%', 3.2, '%']]);
    expect(read('同比＋１２．５％')).toEqual([['＋１２．５％', 12.5, '%']]);
    expect(read('利潤率變動＋0.5個百分點')).toEqual([['＋0.5個百分點', 0.5, 'pp']]);
    expect(read('气温+5℃')).toEqual([['+5℃', 5, '°C']]);
  });

  it('keeps a minus sign in the span and the value, whichever dash writes it', () => {
    expect(read('营收同比－122％')).toEqual([['－122％', -122, '%']]);
    expect(read('盈利倒退−3.5%')).toEqual([['−3.5%', -3.5, '%']]);
    expect(read('淨利潤-12.5%')).toEqual([['-12.5%', -12.5, '%']]);
    expect(read('增速由+2%转为-3%')).toEqual([['+2%', 2, '%'], ['-3%', -3, '%']]);
  });

  it('keeps the sign in English text', () => {
    expect(read('Shares closed +5% on Monday')).toEqual([['+5%', 5, '%']]);
    expect(read('a change of +3.5 percent')).toEqual([['+3.5 percent', 3.5, '%']]);
    expect(read('margins (+0.4 percentage points)')).toEqual([['+0.4 percentage points', 0.4, 'pp']]);
    expect(read('output fell -3.2 percent')).toEqual([['-3.2 percent', -3.2, '%']]);
  });

  it('takes no dash between words, no range dash and no plus of a sum for a sign', () => {
    expect(read('费率上调5-10%')).toEqual([['5', 5, '%'], ['10%', 10, '%']]);
    expect(read('rates of 5-10% a year')).toEqual([['5', 5, '%'], ['10%', 10, '%']]);
    expect(read('增幅３－５％')).toEqual([['３', 3, '%'], ['５％', 5, '%']]);
    expect(read('1+5% is no sign')).toEqual([['5%', 5, '%']]);
    expect(read('sales up 5%-10%')).toEqual([['5%', 5, '%'], ['10%', 10, '%']]);
    expect(read('Covid-19 cases rose 5%')).toEqual([['5%', 5, '%']]);
  });

  it('reads a plus or dash right after a figure with a Chinese unit as joining two figures, not as a sign', () => {
    expect(read('产假为98天+2个月')).toEqual([['98天', 98, 'day'], ['2个月', 2, 'month']]);
    expect(read('每月补贴600元+交通费')).toEqual([['600元', 600, 'CNY']]);
    expect(read('工期3天-5天')).toEqual([['3天', 3, 'day'], ['5天', 5, 'day']]);
    expect(read('增速由+2%转为-3%')).toEqual([['+2%', 2, '%'], ['-3%', -3, '%']]);
  });
});
