// The figure grammar, case by case: what a reader sees highlighted, with which value, unit and qualifiers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures, parseChineseNumeral, parseEnglishNumber, parseArabic } from '../../../lib/figures';
import type { FigureSpan } from '../../../lib/types';

/** The only figure in `text` (fails when there is not exactly one). */
function one(text: string): FigureSpan {
  const found = findFigures(text);
  expect(found.map((f) => f.text), text).toHaveLength(1);
  return found[0] as FigureSpan;
}
function texts(text: string): string[] {
  return findFigures(text).map((f) => f.text);
}

describe('numerals', () => {
  it('reads Chinese numerals strictly', () => {
    expect(parseChineseNumeral('三百二十万')).toBe(3200000);
    expect(parseChineseNumeral('十九亿')).toBe(1900000000);
    expect(parseChineseNumeral('十九')).toBe(19);
    expect(parseChineseNumeral('一万零五百')).toBe(10500);
    expect(parseChineseNumeral('三千五')).toBe(3500);
    expect(parseChineseNumeral('两千')).toBe(2000);
    expect(parseChineseNumeral('三点五')).toBe(3.5);
    expect(parseChineseNumeral('二〇二二')).toBe(2022);
    expect(parseChineseNumeral('四十九兆九千五百九十二億')).toBe(49959200000000);
    // fixed words made of numeral characters are no numbers
    expect(parseChineseNumeral('十四五')).toBeNull();
    expect(parseChineseNumeral('万')).toBeNull();
  });

  it('reads Arabic numerals with separators and full-width digits exactly', () => {
    expect(parseArabic('1,234.5')).toBe(1234.5);
    expect(parseArabic('１２．５')).toBe(12.5);
    expect(parseArabic('1.2.3')).toBeNull();
  });

  it('reads English number words', () => {
    expect(parseEnglishNumber('forty-five')).toBe(45);
    expect(parseEnglishNumber('one hundred')).toBe(100);
    expect(parseEnglishNumber('five million')).toBe(5000000);
    expect(parseEnglishNumber('three thousand two hundred')).toBe(3200);
    expect(parseEnglishNumber('million')).toBeNull();
  });
});

describe('Chinese figures', () => {
  it('normalises money with 万, 亿 and 万亿 to yuan', () => {
    expect(one('财政安排科技支出51.2亿元')).toMatchObject({ text: '51.2亿元', kind: 'money', value: 5120000000, unit: 'CNY' });
    expect(one('达成意向金额660.19亿元')).toMatchObject({ value: 66019000000, unit: 'CNY' });
    expect(one('1.2万亿元')).toMatchObject({ value: 1.2e12, unit: 'CNY' });
    expect(one('3千万元')).toMatchObject({ value: 3e7 });
    expect(one('1200亿美元')).toMatchObject({ value: 1.2e11, unit: 'USD' });
    expect(one('每股1.95港元')).toMatchObject({ value: 1.95, unit: 'HKD' });
    expect(one('三百二十万元')).toMatchObject({ kind: 'money', value: 3200000, unit: 'CNY' });
  });

  it('normalises quantities to t, mm, km, ㎡, 亩', () => {
    expect(one('进出境货运量5842.2万吨')).toMatchObject({ kind: 'quantity', value: 58422000, unit: 't' });
    expect(one('十九亿吨')).toMatchObject({ kind: 'quantity', value: 1.9e9, unit: 't' });
    expect(one('准格尔旗4.9毫米')).toMatchObject({ value: 4.9, unit: 'mm' });
    expect(one('全长12.3公里')).toMatchObject({ value: 12.3, unit: 'km' });
    expect(one('200万平方米')).toMatchObject({ value: 2e6, unit: '㎡' });
    expect(one('养殖小龙虾387万亩')).toMatchObject({ value: 3870000, unit: '亩' });
  });

  it('reads full-width digits', () => {
    expect(one('增长１２．５％')).toMatchObject({ text: '１２．５％', kind: 'percent', value: 12.5 });
    expect(one('１欧元')).toMatchObject({ value: 1, unit: 'EUR' });
  });

  it('reads percent forms: %, 百分之, 成, percentage points', () => {
    expect(one('同比增长14.7%')).toMatchObject({ kind: 'percent', value: 14.7, unit: '%' });
    expect(one('增长百分之八')).toMatchObject({ text: '百分之八', kind: 'percent', value: 8 });
    expect(one('占两成')).toMatchObject({ text: '两成', kind: 'percent', value: 20 });
    expect(one('提高3.5个百分点')).toMatchObject({ kind: 'percent', value: 3.5, unit: 'pp' });
    expect(texts('一成不变')).toEqual([]);
  });

  it('knows counts by their classifiers', () => {
    expect(one('新增高新技术企业761家')).toMatchObject({ kind: 'count', value: 761 });
    expect(one('出口整车19785辆')).toMatchObject({ kind: 'count', value: 19785 });
    expect(one('“走出去、请进来”317批次')).toMatchObject({ text: '317批次', kind: 'count' });
    expect(one('带动就业超10万人')).toMatchObject({ kind: 'count', value: 100000, unit: 'people', bound: 'min' });
  });

  it('reads multiples and ranks', () => {
    expect(one('同比增长5.5倍')).toMatchObject({ kind: 'multiple', value: 5.5 });
    expect(one('收入翻了一番')).toMatchObject({ kind: 'multiple', value: 2 });
    expect(one('数全国排名第11位')).toMatchObject({ text: '第11位', kind: 'rank', value: 11 });
    expect(one('获第3名')).toMatchObject({ kind: 'rank', value: 3 });
    expect(one('西北地区排名第一。')).toMatchObject({ text: '第一', kind: 'rank', value: 1 });
  });

  it('marks approximate and bounded figures, keeping trailing 以上 in the span', () => {
    expect(findFigures('10亿元以上项目')[0]).toMatchObject({ text: '10亿元以上', value: 1e9, bound: 'min' });
    expect(one('同比增长30%以上')).toMatchObject({ text: '30%以上', value: 30, bound: 'min' });
    expect(one('共进口活羊近20000只')).toMatchObject({ text: '20000只', approx: true });
    expect(one('货值约16.75亿元')).toMatchObject({ approx: true, value: 1675000000 });
    expect(one('全年突破1900万吨')).toMatchObject({ bound: 'min' });
    expect(one('超过340家')).toMatchObject({ bound: 'min' });
    expect(one('逾300家')).toMatchObject({ bound: 'min' });
    expect(one('不到1%')).toMatchObject({ bound: 'max' });
    expect(one('5万人左右')).toMatchObject({ text: '5万人左右', approx: true });
    expect(one('300余家')).toMatchObject({ text: '300余家', value: 300, approx: true });
    expect(one('1000多万元')).toMatchObject({ value: 1e7, approx: true });
    expect(one('最近3天')).toMatchObject({ approx: false });
  });

  it('tells a year from a duration and a date from a count', () => {
    expect(one('2022年,全区研发投入稳步增长')).toMatchObject({ text: '2022年', kind: 'date', value: 2022 });
    expect(one('2015年9月,郭梁毕业')).toMatchObject({ text: '2015年9月', kind: 'date' });
    expect(one('本报2月9日讯')).toMatchObject({ text: '2月9日', kind: 'date' });
    expect(one('入党16年')).toMatchObject({ kind: 'duration', value: 16, unit: 'year' });
    expect(one('从业8年')).toMatchObject({ kind: 'duration', value: 8 });
    expect(one('求学20载')).toMatchObject({ kind: 'duration', value: 20, unit: 'year' });
    expect(one('为期5天')).toMatchObject({ kind: 'duration', value: 5, unit: 'day' });
    expect(one('历时2000年')).toMatchObject({ kind: 'duration', value: 2000 });
    expect(one('3个月')).toMatchObject({ kind: 'duration', unit: 'month' });
    expect(one('一年半')).toMatchObject({ kind: 'duration', value: 1.5 });
    expect(one('16年底')).toMatchObject({ kind: 'date' });
  });

  it('never marks fixed words, page references and codes', () => {
    for (const text of [
      '我会一一记下', '双招双引一优化', '取得一批成果', '一体化示范县', '一次性奖励', '一日入党', '首次进入',
      '第一时间', '第一批', '■上接第1版', '下转第3版', '转3版', '5G基站', 'B2B出口', '党的二十大', '“十四五”时期',
      '一些企业', '一起努力', '统一部署', '四大行动', '四周环境', '五六个', '几十个', '80后', '3号线', '第十四届',
      '电话010-12345678', '手机13812345678', 'v2.3.1版本', '版本1.2.3', 'iPhone 15', 'COVID-19', '10:30',
      '见https://example.com/2023/15.html', '写信给me2023@example.com', '2022', '第5次',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });
});

describe('English figures', () => {
  it('scales thousand, million, billion, trillion and money symbols', () => {
    expect(one('a $4.2 billion deal')).toMatchObject({ text: '$4.2 billion', kind: 'money', value: 4.2e9, unit: 'USD' });
    expect(one('HK$10 billion')).toMatchObject({ value: 1e10, unit: 'HKD' });
    expect(one('€2 million')).toMatchObject({ value: 2e6, unit: 'EUR' });
    expect(one('£50m')).toMatchObject({ value: 5e7, unit: 'GBP' });
    expect(one('1,234.5 yuan')).toMatchObject({ value: 1234.5, unit: 'CNY' });
    expect(one('five million yen')).toMatchObject({ value: 5e6, unit: 'JPY' });
    expect(one('361 million pounds')).toMatchObject({ kind: 'money', unit: 'GBP' });
    expect(one('lost 25 pounds')).toMatchObject({ kind: 'quantity', unit: 'lb' });
  });

  it('reads percent and modifiers', () => {
    expect(one('grew 3.5 percent')).toMatchObject({ text: '3.5 percent', kind: 'percent', value: 3.5 });
    expect(one('about 3.5 percent')).toMatchObject({ approx: true });
    expect(one('more than $5 billion')).toMatchObject({ bound: 'min', text: '$5 billion' });
    expect(one('up to 40%')).toMatchObject({ bound: 'max' });
    expect(one('at least 20 people')).toMatchObject({ kind: 'count', unit: 'people', bound: 'min' });
    expect(one('minus five percent')).toMatchObject({ value: -5 });
  });

  it('leaves plain integers, ordinals and identifiers alone but keeps meaningful bare numbers', () => {
    expect(texts('page 3, the 15th, the 21st century, Windows 11, Boeing 737, Article 5, A4 paper, G20, 3rd')).toEqual([]);
    expect(texts('a total of 2000, 150 to the dollar')).toEqual([]);
    expect(one('a crowd of 1,234')).toMatchObject({ kind: 'number', value: 1234 });
    expect(texts('24703m212 scp-173m')).toEqual([]);
  });
});

describe('dates and times', () => {
  it('reads English dates, years after a preposition and decades', () => {
    expect(one('signed on March 15, 2023, in Geneva')).toMatchObject({ text: 'March 15, 2023', kind: 'date', value: null });
    expect(one('talks resumed on 4 July 2024')).toMatchObject({ text: '4 July 2024', kind: 'date' });
    expect(one('due on Sept. 30')).toMatchObject({ text: 'Sept. 30', kind: 'date' });
    expect(one('founded in 1998')).toMatchObject({ text: '1998', kind: 'date', value: 1998 });
    expect(texts('from 2019 to 2023')).toEqual(['2019', '2023']);
    expect(one('since the 1990s')).toMatchObject({ text: '1990s', kind: 'date', value: 1990 });
    expect(one('上世纪1990年代')).toMatchObject({ text: '1990年代', kind: 'date', value: 1990 });
  });

  it('reads Chinese times of day, alone and after a date', () => {
    expect(one('8月10日8时30分，记者在现场看到')).toMatchObject({ text: '8月10日8时30分', kind: 'date' });
    expect(one('2023年3月15日10时发布')).toMatchObject({ text: '2023年3月15日10时', kind: 'date' });
    expect(one('上午9时30分开幕')).toMatchObject({ text: '9时30分', kind: 'date' });
    expect(one('晚上8点半开始')).toMatchObject({ text: '8点半', kind: 'date' });
    expect(texts('提出3点建议')).toEqual([]);
    expect(findFigures('展会于3月15日至17日举行').map((f) => [f.text, f.kind])).toEqual([
      ['3月15日', 'date'],
      ['17日', 'date'],
    ]);
  });
});

describe('generalisation: scales, rates, magnitudes, fractions, casualties', () => {
  it('reads a bare Chinese scale as its number, and leaves vague ones alone', () => {
    expect(one('带动消费突破百亿元')).toMatchObject({ text: '百亿元', kind: 'money', value: 1e10, unit: 'CNY', bound: 'min' });
    expect(one('带动就业千余人')).toMatchObject({ text: '千余人', kind: 'count', value: 1000, unit: 'people', approx: true });
    expect(one('总投资千万元')).toMatchObject({ value: 1e7, unit: 'CNY' });
    expect(one('有着百余年历史')).toMatchObject({ text: '百余年', kind: 'duration', value: 100, approx: true });
    for (const text of ['投资数十亿元', '万元GDP能耗', '千家万户', '百年老店', '千万不要', '万亿级市场', '“百万人互游”活动']) {
      expect(texts(text), text).toEqual([]);
    }
  });

  it('gives prices per unit a rate unit', () => {
    expect(one('达到3850元/吨')).toMatchObject({ text: '3850元/吨', kind: 'money', value: 3850, unit: 'CNY/t' });
    expect(one('均价10520元/平方米')).toMatchObject({ unit: 'CNY/㎡' });
    expect(one('布伦特原油80美元/桶')).toMatchObject({ unit: 'USD/bbl' });
    expect(one('每股收益1.2元/股')).toMatchObject({ unit: 'CNY/股' });
  });

  it('reads energy units: 吨标准煤, 度电, 亿度', () => {
    expect(one('控制在2.3亿吨标准煤以内')).toMatchObject({ text: '2.3亿吨标准煤以内', value: 2.3e8, unit: 'tce', bound: 'max' });
    expect(one('居民用电320亿度。')).toMatchObject({ text: '320亿度', kind: 'quantity', value: 3.2e10, unit: 'kWh' });
    expect(one('节约50万度电')).toMatchObject({ unit: 'kWh', value: 5e5 });
  });

  it('reads earthquake magnitudes but not grades', () => {
    expect(one('发生3.2级地震')).toMatchObject({ text: '3.2级', kind: 'number', value: 3.2, unit: 'magnitude' });
    expect(one('里氏7.1级')).toMatchObject({ unit: 'magnitude' });
    expect(one('measured at magnitude 6.8, it struck')).toMatchObject({ text: 'magnitude 6.8', unit: 'magnitude' });
    expect(one('A 5.9-magnitude earthquake')).toMatchObject({ text: '5.9-magnitude', value: 5.9 });
    expect(texts('6级大风，5A级景区，三级医院')).toEqual([]);
  });

  it('reads fractions of a whole', () => {
    expect(one('全县三分之一的农户')).toMatchObject({ text: '三分之一', kind: 'number', value: 1 / 3 });
    expect(one('About a third of households')).toMatchObject({ text: 'a third', value: 1 / 3 });
    expect(one('two-thirds of voters')).toMatchObject({ value: 2 / 3 });
    expect(one('half of those surveyed')).toMatchObject({ text: 'half', value: 0.5 });
    expect(texts('in the first half of 2023')).toEqual(['2023']);
    expect(one('增长百分之八')).toMatchObject({ kind: 'percent', value: 8 });
    expect(one('已有超过一半的县区')).toMatchObject({ text: '一半', value: 0.5, bound: 'min' });
    expect(texts('另一半')).toEqual([]);
  });

  it('reads ages, temperatures in °F, scale abbreviations, oil rates and casualty counts', () => {
    expect(one('The child, aged 7, was taken')).toMatchObject({ text: 'aged 7', kind: 'quantity', value: 7, unit: 'age' });
    expect(one('hit 104°F')).toMatchObject({ value: 104, unit: '°F' });
    expect(one('lend up to €1.2trn')).toMatchObject({ text: '€1.2trn', value: 1.2e12, unit: 'EUR', bound: 'max' });
    expect(one('which employs 2.3m people')).toMatchObject({ text: '2.3m people', kind: 'count', value: 2.3e6 });
    expect(one('a 2.3m wall')).toMatchObject({ unit: 'm', value: 2.3 });
    expect(one('cut 2 million barrels per day')).toMatchObject({ unit: 'bbl/d', value: 2e6 });
    expect(one('The blast killed at least 15 and wounded dozens')).toMatchObject({
      text: '15', kind: 'count', unit: 'people', bound: 'min',
    });
    expect(one('more than 40 were injured')).toMatchObject({ kind: 'count', value: 40, bound: 'min' });
    expect(findFigures('1,000 people have been killed and 3,000 injured')[1]).toMatchObject({ text: '3,000', kind: 'count' });
    expect(one('about 12 nautical miles off')).toMatchObject({ unit: 'nmi', value: 12, approx: true });
    expect(one('Mr Smith, 54, has been chief executive')).toMatchObject({ text: '54', kind: 'quantity', unit: 'age' });
    expect(texts('In Paris, 25, 30 and 40 were seen')).toEqual([]);
    expect(one('prices climbed by a fifth')).toMatchObject({ text: 'a fifth', value: 0.2 });
    expect(one('cut by half a percentage point')).toMatchObject({ text: 'half a percentage point', kind: 'percent', value: 0.5, unit: 'pp' });
    expect(one('it took half an hour')).toMatchObject({ kind: 'duration', value: 0.5, unit: 'h' });
    expect(one('Half a million people marched')).toMatchObject({ kind: 'count', value: 5e5, unit: 'people' });
    expect(texts('half a dozen eggs, half a chance')).toEqual([]);
    expect(one('他以9秒83的成绩夺冠')).toMatchObject({ text: '9秒83', kind: 'duration', value: 9.83, unit: 's' });
  });

  it('shares in 成 include 一成, but 一成不变 is a word', () => {
    expect(one('价格下跌近一成')).toMatchObject({ text: '一成', kind: 'percent', value: 10, approx: true });
    expect(texts('一成不变，统一成立')).toEqual([]);
  });

  it('a tenor (1年期) is a name; 5年期间 is five years', () => {
    expect(texts('1年期贷款市场报价利率')).toEqual([]);
    expect(one('在5年期间')).toMatchObject({ text: '5年', kind: 'duration', value: 5 });
  });
});

describe('ranges', () => {
  // Each side is its own figure; the first borrows the second's unit and scale.
  it('gives both sides with the shared unit', () => {
    expect(findFigures('15%至20%').map((f) => [f.text, f.value, f.unit])).toEqual([['15%', 15, '%'], ['20%', 20, '%']]);
    expect(findFigures('3-5 million').map((f) => f.value)).toEqual([3e6, 5e6]);
    expect(findFigures('$3-5 million').map((f) => [f.kind, f.value, f.unit])).toEqual([
      ['money', 3e6, 'USD'],
      ['money', 5e6, 'USD'],
    ]);
    expect(findFigures('3至5年').map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ['3', 'duration', 3, 'year'],
      ['5年', 'duration', 5, 'year'],
    ]);
    expect(findFigures('10万-20万元').map((f) => [f.value, f.unit])).toEqual([[1e5, 'CNY'], [2e5, 'CNY']]);
    expect(findFigures('2亿至3亿元').map((f) => f.value)).toEqual([2e8, 3e8]);
  });
});

describe('invariants', () => {
  const alphabet = [...'0123456789.,%-一二三十百千万亿年月日个元吨第约以上近 $€million percent'];
  it('returns sorted, non-overlapping spans whose text is the input slice', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        let last = 0;
        for (const f of findFigures(text)) {
          if (f.start < last || f.end <= f.start || text.slice(f.start, f.end) !== f.text) return false;
          if (f.value !== null && !Number.isFinite(f.value)) return false;
          last = f.end;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
