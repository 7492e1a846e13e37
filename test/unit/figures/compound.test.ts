// Figures in two parts (an amount and its change, feet and inches, a scale after the currency code) and forms
// whose number carries no unit of its own (a fraction or a bracketed symbol before the unit, "percent of 20",
// a quarter million dollars, an angle), read as one figure; and the look-alikes that stay apart.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/figures';

const shown = (text: string) => findFigures(text).map((f) => [f.text, f.kind, f.value, f.unit]);

describe('two-part figures', () => {
  it('reads an amount with its change as one sum', () => {
    expect(shown('a ticket now costs 4 dollars 75 cents')).toEqual([['4 dollars 75 cents', 'money', 4.75, 'USD']]);
    expect(shown('lunch was twelve dollars and twenty cents')).toEqual([['twelve dollars and twenty cents', 'money', 12.2, 'USD']]);
    expect(shown('The fare rises to 3 euros 40.')).toEqual([['3 euros 40', 'money', 3.4, 'EUR']]);
    expect(shown('a bus ride costs 2 USD 10 more')).toEqual([['2 USD 10', 'money', 2.1, 'USD']]);
    expect(shown('猪肉每斤涨到十五元五毛')).toEqual([['十五元五毛', 'money', 15.5, 'CNY']]);
    expect(shown('一张邮票1元2角5分')).toEqual([['1元2角5分', 'money', 1.25, 'CNY']]);
    expect(shown('這張郵票賣三美元又五美分')).toEqual([['三美元又五美分', 'money', 3.05, 'USD']]);
  });

  it('keeps a range, a count and a time after an amount apart', () => {
    expect(shown('prices between 5 dollars and 10 dollars')).toEqual([['5 dollars', 'money', 5, 'USD'], ['10 dollars', 'money', 10, 'USD']]);
    expect(shown('it paid $5 and 10 workers left')).toEqual([['$5', 'money', 5, 'USD'], ['10 workers', 'count', 10, 'people']]);
    expect(shown('每人补贴5元3分钟内领完').map((f) => f[0])).toEqual(['5元', '3分钟']);
  });

  it('reads a height in feet and inches in feet', () => {
    expect(shown('the suspect is 6 ft 1 in tall')).toEqual([['6 ft 1 in', 'quantity', expect.closeTo(6 + 1 / 12, 9), 'ft']]);
    expect(shown('a wall 8 feet and 6 inches high')).toEqual([['8 feet and 6 inches', 'quantity', 8.5, 'ft']]);
  });

  it('reads yuan with mao and fen spoken in English', () => {
    expect(shown('a bowl of noodles is eight kuai and five mao')).toEqual([['eight kuai and five mao', 'money', 8.5, 'CNY']]);
  });

  it('reads a length over a time as one speed', () => {
    expect(shown('gusts of 40 meters per second')).toEqual([['40 meters per second', 'quantity', 40, 'm/s']]);
    expect(shown('a pulse at 3 km/ms')).toEqual([['3 km/ms', 'quantity', 3, 'km/ms']]);
  });

  it('reads satoshis as money, not the given name Satoshi', () => {
    expect(shown('fees fell to 40 satoshis')).toEqual([['40 satoshis', 'money', 40, 'satoshi']]);
    expect(shown('7 Satoshi Tanaka (Japan)')).toEqual([]);
  });

  it('reads a scale written after the currency code', () => {
    expect(shown('The club lost 40 USD million last year')).toEqual([['40 USD million', 'money', 4e7, 'USD']]);
  });
});

describe('numbers whose unit comes in another form', () => {
  it('reads a fraction before a unit of measure', () => {
    expect(shown('the route adds 3/4 mile')).toEqual([['3/4 mile', 'quantity', 0.75, 'mi']]);
    expect(shown('a 2 1/2 miles loop')).toEqual([['2 1/2 miles', 'quantity', 2.5, 'mi']]);
    expect(shown('stir in ¼ teaspoon salt')).toEqual([['¼ teaspoon', 'quantity', 0.25, 'tsp']]);
    expect(shown('add 1/3 cup of milk')).toEqual([['1/3 cup', 'quantity', expect.closeTo(1 / 3, 9), 'cup']]);
  });

  it('leaves a date or a score before a word alone', () => {
    expect(shown('on 3/4 voters went to the polls')).toEqual([]);
    expect(shown('they won 7/5 in the final set')).toEqual([]);
  });

  it('reads a unit symbol in brackets', () => {
    expect(shown('payload 350 (kg)')).toEqual([['350 (kg)', 'quantity', 350, 'kg']]);
    expect(shown('height 12 [m]')).toEqual([['12 [m]', 'quantity', 12, 'm']]);
  });

  it('reads "percent of" a number, but not a share of a counted group', () => {
    expect(shown('a tax rate of percent of 15.')).toEqual([['percent of 15', 'percent', 15, '%']]);
    expect(shown('per cent of thirty')).toEqual([['per cent of thirty', 'percent', 30, '%']]);
    expect(shown('10 percent of 20 people').map((f) => f[0])).toEqual(['10 percent', '20 people']);
  });

  it('reads a part of a scale of money', () => {
    expect(shown('The deal is worth a quarter million dollars.')).toEqual([['a quarter million dollars', 'money', 250000, 'USD']]);
    expect(shown('It cost three quarters billion euros')).toEqual([['three quarters billion euros', 'money', 7.5e8, 'EUR']]);
  });

  it('reads degrees as an angle only after a word of turning; alone they are a temperature, no dimension', () => {
    expect(shown('the crane rotated 180 degrees')).toEqual([['180 degrees', 'quantity', 180, '°']]);
    expect(shown('the temperature is 31 degrees')).toEqual([]);
  });

  it('reads a temperature in 度 where the scale or the subject is named, not an angle or 一度', () => {
    expect(shown('最高氣溫攝氏33度')).toEqual([['攝氏33度', 'quantity', 33, '°C']]);
    expect(shown('华氏100度的高温')).toEqual([['华氏100度', 'quantity', 100, '°F']]);
    expect(shown('夜间气温降到零下五度')).toEqual([['零下五度', 'quantity', -5, '°C']]);
    expect(shown('病人体温三十九度')).toEqual([['三十九度', 'quantity', 39, '°C']]);
    expect(shown('it hit 104 Fahrenheit')).toEqual([['104 Fahrenheit', 'quantity', 104, '°F']]);
    expect(shown('塔身倾斜30度')).toEqual([]);
    expect(shown('股价一度下跌')).toEqual([]);
  });

  it('reads an age counted in months, weeks or years, not a span of time', () => {
    expect(shown('a 3-month-old baby')).toEqual([['3-month-old', 'quantity', 3, 'age-month']]);
    expect(shown('the puppy is 6 weeks old')).toEqual([['6 weeks old', 'quantity', 6, 'age-week']]);
    expect(shown('she is nineteen years of age')).toEqual([['nineteen years of age', 'quantity', 19, 'age']]);
    expect(shown('孩子才三个月大')).toEqual([['三个月大', 'quantity', 3, 'age-month']]);
    expect(shown('it took 5 years, old friends say')).toEqual([['5 years', 'duration', 5, 'year']]);
  });

  it('reads 块 as a yuan after a verb of paying, not as pieces', () => {
    expect(shown('这顿饭花了我八十块。')).toEqual([['八十块', 'money', 80, 'CNY']]);
    expect(shown('把蛋糕切成三块。')).toEqual([]);
  });

  it('reads whole turns after a word of turning, not "took turns"', () => {
    expect(shown('the dancer made a half turn')).toEqual([['a half turn', 'quantity', 0.5, 'turn']]);
    expect(shown('rotate the dial 2 turns')).toEqual([]); // the object stands between
    expect(shown('spin 4 turns')).toEqual([['4 turns', 'quantity', 4, 'turn']]);
    expect(shown('they took turns at the wheel')).toEqual([]);
  });

  it('reads the old weight 两 after a number, not 两 of 两岸, 两会 or 一两天', () => {
    expect(shown('买了二两白酒')).toEqual([['二两', 'quantity', 2, '两']]);
    expect(shown('賞銀三十兩')).toEqual([['三十兩', 'quantity', 30, '两']]);
    expect(shown('黄金1234两')).toEqual([['1234两', 'quantity', 1234, '两']]);
    expect(shown('海峡两岸')).toEqual([]);
    expect(shown('2024两会召开')).toEqual([]);
    expect(shown('过一两天再说')).toEqual([]);
  });
});

describe('figures read after the scan keep the scan’s promises', () => {
  it('stay sorted, apart, and equal to the text they cover, among the scan’s own figures', () => {
    const text =
      'It cost 3 dollars 50 cents, 1/2 mile on, 20 (kg) and percent of 5. 全場打八折，黃金二兩，比例由百分之三十到五十，' +
      '利率下調半個百分點，花了我三塊。 Spin 3 turns; 5 ft 2 in; 75 USD million; 摄氏37度；增长15%。';
    const found = findFigures(text);
    expect(found.length).toBeGreaterThanOrEqual(14);
    let last = 0;
    for (const f of found) {
      expect(f.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      last = f.end;
    }
  });
});
