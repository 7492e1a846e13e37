// A bare 元 in a story from Taiwan, Hong Kong or Macau is the local dollar: named once in the story (新臺幣, 港元,
// 澳門元) or known from where the story's places are; a story naming the yuan, or a mainland place, keeps CNY.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/figures';
import { namedLocalCurrency, storyCurrency } from '../../../lib/hant/currency';

const units = (text: string, currency?: string | null) =>
  findFigures(text, currency === undefined ? {} : { currency }).map((f) => [f.text, f.unit]);

describe('the currency of a bare 元', () => {
  it('is the one local currency a text names, and no yuan is named', () => {
    expect(namedLocalCurrency('總預算2.8兆元，其中新臺幣300億元用於國防')).toBe('TWD');
    expect(namedLocalCurrency('港元匯價穩定')).toBe('HKD');
    expect(namedLocalCurrency('澳門元與港元掛鉤')).toBeNull(); // two named: no telling which
    expect(namedLocalCurrency('港元兌人民幣')).toBeNull();
    expect(namedLocalCurrency('财政收入增长5%')).toBeNull();
    expect(namedLocalCurrency('港股成交额800亿港元，A股成交额9000亿元')).toBeNull(); // Simplified: the yuan
  });

  it('is read into the figures of a text that names it', () => {
    expect(units('總預算2.8兆元，其中新臺幣300億元用於國防')).toEqual([['2.8兆元', 'TWD'], ['新臺幣300億元', 'TWD']]);
    expect(units('全年营收300亿元')).toEqual([['300亿元', 'CNY']]);
  });

  it('follows the story: its named currency, else where its places are when it is written in Traditional', () => {
    expect(storyCurrency(['港鐵票價28.4元', '本報記者報道'], ['810306', '810101001'])).toBe('HKD');
    expect(storyCurrency(['預算850萬元'], ['710100'])).toBe('TWD');
    expect(storyCurrency(['花地瑪堂區工程投資3億元'], ['820102'])).toBe('MOP');
    expect(storyCurrency(['港铁票价28.4元'], ['810306'])).toBeNull(); // Simplified: a mainland paper
    expect(storyCurrency(['兩地合作項目投資3億元'], ['810306', '440300'])).toBeNull(); // a mainland place too
    expect(storyCurrency(['經濟增長'], [])).toBeNull();
  });

  it('reads Traditional script from any text of the story, by each of the characters that tell it', () => {
    // The gate before the story's texts are joined: one Traditional character in any one text is enough; a place
    // list read lazily is not read for a Simplified story.
    for (const c of '們個這為與來說時會後對於過還當點開國區縣鄉鎮臺灣門數億萬資經業實價產員將從發現動關應務')
      expect(storyCurrency(['预算850万元', `本报${c}`], ['710100'])).toBe('TWD');
    const read: string[] = [];
    const lazy = (function* () {
      read.push('read');
      yield '710100';
    })();
    expect(storyCurrency(['预算850万元', '本报记者报道'], lazy)).toBeNull();
    expect(read).toEqual([]);
  });

  it('leaves 人民幣500元, ¥5 and 5块钱 as yuan', () => {
    expect(units('車費28.4元，另付人民幣500元', 'HKD')).toEqual([['28.4元', 'HKD'], ['人民幣500元', 'CNY']]);
    expect(units('只要5块钱', 'HKD')).toEqual([['5块钱', 'CNY']]);
  });
});
