// What may follow a number, and what it makes of it: scale words (万, 亿, million), measure units, currencies,
// Chinese classifiers and percent forms.
//
// Unit conventions (the `unit` field of a FigureSpan):
// - money: ISO 4217 codes (CNY, USD, EUR, GBP, JPY, HKD …); coins keep their own unit ("cent", "penny") with the
//   value as written, since converting would change the number the reader sees.
// - quantities: SI symbols (t, kg, g, km, m, cm, mm, L, kW, MW, kWh …); areas use "㎡" and "km²", volumes "m³";
//   Chinese units without an SI equivalent keep their character (亩, 斤); imperial units their symbol (mi, ft, lb).
// - percent: "%"; percentage points (个百分点, percentage points) are kind percent with unit "pp"; basis points
//   "bp"; per mille and per ten thousand are percent too (3‰ and 千分之三 → 0.3 "%", 5‱ and 万分之五 → 0.05 "%"), and
//   tenths (三成, 三成半, 9.5成, 半成) are 30, 35, 95 and 5 "%".
// - energy in coal equivalent (吨标准煤, 吨标煤): "tce"; 度电 and 亿度 are kWh.
// - prices per unit (3850元/吨, 10520元/平方米, 0.53元/千瓦时): kind money, unit "<currency>/<unit>" ("CNY/t",
//   "CNY/㎡", "CNY/kWh"); a unit with no symbol keeps its character ("CNY/股"). Oil output per day is "bbl/d".
// - earthquake magnitudes (3.2级地震, magnitude 6.8, a 5.9-magnitude quake): kind number, unit "magnitude".
// - fractions (三分之一, a third, two-thirds, half of): kind number, the fraction as value (1/3), unit null.
// - dates (2023年3月15日, 8时30分, March 15, 2023, 4 July 2024): kind date, value null; a lone year (2023年,
//   in 2019) and a decade (1990s, 1990年代) are valued at their year.
// - ages (45岁, 45-year-old, aged 45): kind quantity, unit "age"; counted in months, weeks or days (3 months old,
//   a 2-week-old, 三个月大): "age-month", "age-week", "age-day".
// - durations: "year", "month", "week", "day", "h", "min", "s".
// - counts: "people" for 人/名/位/人次 and people/persons, otherwise null (the classifier is no unit).
// - multiple and rank: null.
import type { FigureKind } from '../types';

/** `kill` marks words that turn a number into something that is not a figure (第1版, 5号线, 90后). */
export type UnitKind = FigureKind | 'kill';

export interface UnitInfo {
  kind: UnitKind;
  unit: string | null;
  /** Power of ten the number is multiplied by: 成 → 1 (三成 = 30%), MUSD → 6. */
  pow: number;
  /** A word that also opens ordinary words, so it is trusted only after a real number (not after 一). */
  weak?: boolean;
}

function u(kind: UnitKind, unit: string | null, pow = 0, weak = false): UnitInfo {
  return weak ? { kind, unit, pow, weak } : { kind, unit, pow };
}

const CJK_MONEY: Array<[string, string]> = [
  ['元', 'CNY'], ['元人民币', 'CNY'], ['人民币', 'CNY'], ['块钱', 'CNY'], ['美元', 'USD'], ['美金', 'USD'],
  ['美圆', 'USD'], ['欧元', 'EUR'], ['日元', 'JPY'], ['日圆', 'JPY'], ['英镑', 'GBP'], ['港元', 'HKD'],
  ['港币', 'HKD'], ['韩元', 'KRW'], ['卢布', 'RUB'], ['台币', 'TWD'], ['新台币', 'TWD'], ['澳元', 'AUD'],
  ['澳币', 'AUD'], ['加元', 'CAD'], ['加拿大元', 'CAD'], ['新加坡元', 'SGD'], ['新元', 'SGD'], ['瑞士法郎', 'CHF'],
  ['法郎', 'CHF'], ['卢比', 'INR'], ['印度卢比', 'INR'], ['奈拉', 'NGN'], ['泰铢', 'THB'], ['越南盾', 'VND'],
  ['林吉特', 'MYR'], ['雷亚尔', 'BRL'], ['兰特', 'ZAR'], ['里拉', 'TRY'], ['土耳其里拉', 'TRY'], ['澳门元', 'MOP'],
  ['新西兰元', 'NZD'], ['澳门币', 'MOP'], ['葡币', 'MOP'], ['比特币', 'BTC'], ['个比特币', 'BTC'], ['美分', 'cent'],
];

const CJK_QUANTITY: Array<[string, string]> = [
  ['吨', 't'], ['公吨', 't'], ['千克', 'kg'], ['公斤', 'kg'], ['克', 'g'], ['毫克', 'mg'], ['微克', 'μg'],
  ['斤', '斤'], ['公里', 'km'], ['千米', 'km'], ['米', 'm'], ['厘米', 'cm'], ['公分', 'cm'], ['毫米', 'mm'],
  ['微米', 'μm'], ['纳米', 'nm'], ['海里', 'nmi'], ['英里', 'mi'], ['英尺', 'ft'], ['英寸', 'in'],
  ['平方米', '㎡'], ['平米', '㎡'], ['㎡', '㎡'], ['平方公里', 'km²'], ['平方千米', 'km²'], ['亩', '亩'],
  ['公顷', 'ha'], ['立方米', 'm³'], ['升', 'L'], ['毫升', 'mL'], ['瓦', 'W'], ['千瓦', 'kW'],
  ['兆瓦', 'MW'], ['吉瓦', 'GW'], ['千瓦时', 'kWh'], ['千伏', 'kV'], ['摄氏度', '°C'], ['℃', '°C'], ['华氏度', '°F'], ['℉', '°F'],
  ['标箱', 'TEU'], ['桶', 'bbl'], ['赫兹', 'Hz'], ['兆赫', 'MHz'], ['兆赫兹', 'MHz'], ['千赫', 'kHz'],
  ['千卡', 'kcal'], ['微克/立方米', 'μg/m³'], ['字节', 'B'], ['千字节', 'KB'], ['兆字节', 'MB'], ['比特', 'bit'], ['马力', 'hp'],
  ['公里/小时', 'km/h'], ['千米/小时', 'km/h'], ['岁', 'age'], ['吨标准煤', 'tce'], ['吨标煤', 'tce'],
  ['度电', 'kWh'],
  // Taiwan and Hong Kong: 公尺 (metre), 公升, 公克, 坪 (a floor area of 3.3058 ㎡, kept as written), 呎 and 吋
  ['公尺', 'm'], ['公升', 'L'], ['公克', 'g'], ['坪', '坪'], ['呎', 'ft'], ['平方呎', 'ft²'], ['平方英尺', 'ft²'],
  ['吋', 'in'], ['平方公尺', '㎡'],
];

const CJK_COUNT: string[] = [
  '个', '家', '项', '所', '辆', '只', '支', '条', '批次', '批', '集', '台', '套', '座', '次', '户', '件', '场',
  '株', '头', '匹', '架', '架次', '艘', '枚', '颗', '栋', '幢', '间', '张', '本', '部', '篇', '处', '片', '棵',
  '份', '例', '起', '宗', '门', '对', '种', '类', '款', '轮', '趟', '班', '列', '家次', '户次', '羽', '尾', '盏',
  '台套', '口', '眼', '孔', '处次', '笔', '单', '组', '首', '幅', '层', '节', '辆次', '车次', '班次', '场次',
];
const CJK_PEOPLE: string[] = ['人', '名', '位', '人次', '名次'];

const CJK_KILL: string[] = [
  '版', '号', '路', '线', '期', '届', '代', '级', '维', '楼', '中', '强', '后', '点', '时', '世纪', '号线',
  '年代', '周岁', '年期',
];

const CJK_TABLE = new Map<string, UnitInfo>();
for (const [w, code] of CJK_MONEY) CJK_TABLE.set(w, u('money', code));
for (const [w, sym] of CJK_QUANTITY) CJK_TABLE.set(w, u('quantity', sym));
for (const w of CJK_COUNT) CJK_TABLE.set(w, u('count', null));
for (const w of CJK_PEOPLE) CJK_TABLE.set(w, u('count', 'people'));
for (const w of CJK_KILL) CJK_TABLE.set(w, u('kill', null));
CJK_TABLE.set('周岁', u('quantity', 'age'));
CJK_TABLE.set('%', u('percent', '%'));
CJK_TABLE.set('％', u('percent', '%'));
CJK_TABLE.set('٪', u('percent', '%'));
CJK_TABLE.set('‰', u('percent', '%', -1));
CJK_TABLE.set('‱', u('percent', '%', -2));
CJK_TABLE.set('个百分点', u('percent', 'pp'));
CJK_TABLE.set('百分点', u('percent', 'pp'));
CJK_TABLE.set('成', u('percent', '%', 1, true));
CJK_TABLE.set('倍', u('multiple', null));
// Durations; 年, 月 and 日 are settled by the scanner (a year or a date versus a span of time).
for (const [w, unit] of [
  ['天', 'day'], ['日', 'day'], ['年', 'year'], ['载', 'year'], ['周年', 'year'], ['个月', 'month'],
  ['个多月', 'month'], ['月', 'month'], ['小时', 'h'], ['个小时', 'h'], ['个半小时', 'h'], ['分钟', 'min'],
  ['秒', 's'], ['秒钟', 's'], ['周', 'week'], ['个周', 'week'], ['星期', 'week'], ['个星期', 'week'],
  ['个工作日', 'day'], ['工作日', 'day'], ['昼夜', 'day'],
] as Array<[string, string]>) {
  CJK_TABLE.set(w, u('duration', unit));
}
// 四周 is "all around", not four weeks: a Chinese numeral before 周 is no duration.
CJK_TABLE.set('周', u('duration', 'week', 0, true));

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}

/**
 * Chinese unit words by their first character, longest first: the longest unit starting at a position is found
 * among the few words sharing its first character, where an alternation of every word would try them all.
 */
const CJK_UNITS_BY_FIRST = new Map<number, string[]>();
for (const w of [...CJK_TABLE.keys()].sort((a, b) => b.length - a.length)) {
  const list = CJK_UNITS_BY_FIRST.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  CJK_UNITS_BY_FIRST.set(w.charCodeAt(0), list);
}

/** The longest Chinese unit, classifier or percent sign starting at `pos`, or null. */
export function cjkUnitWordAt(text: string, pos: number): string | null {
  const words = CJK_UNITS_BY_FIRST.get(text.charCodeAt(pos));
  if (words === undefined) return null;
  for (const w of words) if (text.startsWith(w, pos)) return w;
  return null;
}

export function cjkUnit(word: string): UnitInfo | undefined {
  return CJK_TABLE.get(word);
}

/** Chinese scale words after a number: power of ten. */
// 兆 is 10^12 in Taiwan's amounts (3.5兆元); the scanner takes it only before a currency (100兆 alone is megabytes).
export const CJK_SCALE_RE = /万亿|萬億|千亿|百亿|亿|億|千万|百万|万|萬|千|百|兆/y;
export const CJK_SCALE_POW: Record<string, number> = {
  万亿: 12, 萬億: 12, 千亿: 11, 百亿: 10, 亿: 8, 億: 8, 千万: 7, 百万: 6, 万: 4, 萬: 4, 千: 3, 百: 2, 兆: 12,
};

/** English scale words: power of ten. Abbreviations (m, bn, k) are read only next to money. */
export const EN_SCALE_RE = /(thousand|million|billion|trillion|lakh|crore)(?![A-Za-z])/iy;
export const EN_SCALE_ABBR_RE = /(trn|tn|bln|bn|mln|mn|m|b|k)(?![A-Za-z0-9])/iy;
/** Abbreviations that can mean nothing but a scale, so they need no currency next to them (1.2trn, 3bn). */
export const EN_SCALE_ABBR_SURE = new Set(['trn', 'bln', 'bn', 'mln']);
export const EN_SCALE_POW: Record<string, number> = {
  thousand: 3, million: 6, billion: 9, trillion: 12, lakh: 5, crore: 7, trn: 12, tn: 12, bln: 9, bn: 9, mln: 6,
  mn: 6, m: 6, b: 9, k: 3,
};

// English unit words (case-insensitive) with their plural forms.
const EN_WORDS: Array<[string, UnitInfo]> = [];
function en(forms: string[], info: UnitInfo): void {
  for (const f of forms) EN_WORDS.push([f, info]);
}
en(['us dollars', 'us dollar', 'u.s. dollars', 'american dollars', 'usd'], u('money', 'USD'));
en(['dollars', 'dollar'], u('money', 'USD'));
en(['hong kong dollars', 'hk dollars', 'hkd'], u('money', 'HKD'));
en(['canadian dollars', 'canadian dollar', 'cad'], u('money', 'CAD'));
en(['australian dollars', 'australian dollar', 'aud'], u('money', 'AUD'));
en(['new zealand dollars', 'nzd'], u('money', 'NZD'));
en(['singapore dollars', 'sgd'], u('money', 'SGD'));
en(['new taiwan dollars', 'taiwan dollars', 'twd'], u('money', 'TWD'));
en(['chinese yuan', 'yuan', 'renminbi', 'rmb', 'cny', 'kuai'], u('money', 'CNY'));
en(['euros', 'euro', 'eur'], u('money', 'EUR'));
en(['pounds sterling', 'british pounds', 'gbp'], u('money', 'GBP'));
en(['yen', 'jpy'], u('money', 'JPY'));
en(['krw'], u('money', 'KRW'));
en(['rupees', 'rupee', 'inr'], u('money', 'INR'));
en(['roubles', 'rubles', 'rouble', 'ruble'], u('money', 'RUB'));
en(['swiss francs', 'swiss franc', 'chf'], u('money', 'CHF'));
en(['francs', 'franc'], u('money', 'FRF'));
en(['finnish markka'], u('money', 'FIM'));
en(['marks', 'deutsche marks'], u('money', 'DEM'));
en(['dutch guilders', 'guilders'], u('money', 'NLG'));
en(['pesetas'], u('money', 'ESP'));
en(['pesos', 'peso', 'mxn'], u('money', 'MXN'));
en(['turkish lira', 'lira'], u('money', 'TRY'));
en(['bitcoins', 'bitcoin', 'btc'], u('money', 'BTC'));
en(['cents', 'cent'], u('money', 'cent'));
en(['pence', 'penny'], u('money', 'penny'));
en(['musd'], u('money', 'USD', 6));
en(['meur'], u('money', 'EUR', 6));
en(['mgbp'], u('money', 'GBP', 6));
en(['percentage points', 'percentage point'], u('percent', 'pp'));
en(['basis points', 'basis point', 'bps'], u('percent', 'bp'));
en(['percentages', 'percentage', 'percents', 'percent', 'per cent', 'pct'], u('percent', '%'));
en(['metric tons', 'metric tonnes', 'tonnes', 'tonne', 'tons', 'ton'], u('quantity', 't'));
en(['kilograms', 'kilogram', 'kilogrammes', 'kilos'], u('quantity', 'kg'));
en(['grams', 'gram', 'grammes', 'gramme'], u('quantity', 'g'));
en(['milligrams', 'milligram'], u('quantity', 'mg'));
en(['micrograms', 'microgram', 'microgrammes'], u('quantity', 'μg'));
en(['pounds', 'pound', 'lbs', 'lb'], u('quantity', 'lb'));
en(['ounces', 'ounce', 'oz'], u('quantity', 'oz'));
en(['kilometers', 'kilometres', 'kilometer', 'kilometre'], u('quantity', 'km'));
en(['meters', 'metres', 'meter', 'metre'], u('quantity', 'm'));
en(['centimeters', 'centimetres', 'centimeter', 'centimetre'], u('quantity', 'cm'));
en(['millimeters', 'millimetres', 'millimeter', 'millimetre'], u('quantity', 'mm'));
en(['decimeters', 'decimetres', 'decimeter'], u('quantity', 'dm'));
en(['micrometers', 'micrometres', 'micrometer', 'micrometre', 'microns', 'micron'], u('quantity', 'μm'));
en(['nanometers', 'nanometres', 'nanometer', 'nanometre'], u('quantity', 'nm'));
en(['picometers', 'picometres', 'picometer', 'picometre'], u('quantity', 'pm'));
en(['miles an hour', 'miles per hour', 'mph'], u('quantity', 'mph'));
en(['kilometers per hour', 'kilometres per hour', 'kph', 'kmph'], u('quantity', 'km/h'));
en(['nautical miles', 'nautical mile'], u('quantity', 'nmi'));
en(['miles', 'mile'], u('quantity', 'mi'));
en(['feet', 'foot'], u('quantity', 'ft'));
en(['inches', 'inch'], u('quantity', 'in'));
en(['yards', 'yard'], u('quantity', 'yd'));
en(['acres', 'acre'], u('quantity', 'acre'));
en(['hectares', 'hectare'], u('quantity', 'ha'));
en(['square meters', 'square metres', 'square meter', 'square metre', 'sq m'], u('quantity', '㎡'));
en(['square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'sq km'], u('quantity', 'km²'));
en(['square miles', 'square mile'], u('quantity', 'mi²'));
en(['cubic meters', 'cubic metres'], u('quantity', 'm³'));
en(['cubic feet', 'cubic foot'], u('quantity', 'ft³'));
en(['gallons', 'gallon'], u('quantity', 'gal'));
// "barrels a day" stays barrels (the day is the sentence's, as the Recognizers-Text specs read it); "per day" and
// bpd name the rate itself.
en(['barrels per day', 'barrels of oil per day', 'bpd', 'b/d'], u('quantity', 'bbl/d'));
en(['barrels', 'barrel'], u('quantity', 'bbl'));
en(['magnitude'], u('number', 'magnitude'));
en(['liters', 'litres', 'liter', 'litre'], u('quantity', 'L'));
en(['milliliters', 'millilitres'], u('quantity', 'mL'));
en(['megawatts', 'megawatt'], u('quantity', 'MW'));
en(['gigawatts', 'gigawatt'], u('quantity', 'GW'));
en(['kilowatts', 'kilowatt'], u('quantity', 'kW'));
en(['kilowatt-hours', 'kilowatt hours'], u('quantity', 'kWh'));
en(['bits', 'bit'], u('quantity', 'bit'));
en(['degrees celsius', 'degree celsius', 'degrees centigrade', 'degrees c', 'celsius', 'centigrade'], u('quantity', '°C'));
en(['degrees fahrenheit', 'degree fahrenheit', 'degrees f', 'fahrenheit'], u('quantity', '°F'));
en(['radians', 'radian'], u('quantity', 'rad'));
en(['tablespoons', 'tablespoon', 'tbsp'], u('quantity', 'tbsp'));
en(['teaspoons', 'teaspoon', 'tsp'], u('quantity', 'tsp'));
en(['satoshis'], u('money', 'satoshi')); // not the singular: Satoshi is a given name (7 Satoshi Higashi)
en(['year-old', 'years-old', 'years old', 'year old'], u('quantity', 'age'));
en(['years', 'year'], u('duration', 'year'));
en(['months', 'month'], u('duration', 'month'));
en(['weeks', 'week'], u('duration', 'week'));
en(['days', 'day'], u('duration', 'day'));
en(['hours', 'hour'], u('duration', 'h'));
en(['minutes', 'minute'], u('duration', 'min'));
en(['people', 'persons', 'residents', 'workers', 'employees', 'passengers', 'visitors', 'tourists', 'students',
  'patients', 'civilians', 'migrants', 'refugees', 'soldiers', 'troops', 'children', 'adults', 'voters', 'members',
  'staff', 'fans', 'spectators', 'users', 'customers', 'victims', 'survivors'], u('count', 'people'));
en(['jobs', 'households', 'homes', 'houses', 'families', 'companies', 'firms', 'businesses', 'vehicles', 'cars',
  'deaths', 'cases', 'infections', 'flights', 'schools', 'hospitals', 'countries', 'projects', 'units', 'shares'],
  u('count', null));
en(['fold'], u('multiple', null));

// Symbols, case-sensitive (m is a metre, M is not): they may sit right against the number.
const EN_SYMBOLS: Array<[string, UnitInfo]> = [
  ['%', u('percent', '%')], ['％', u('percent', '%')], ['٪', u('percent', '%')], ['‰', u('percent', '%', -1)], ['‱', u('percent', '%', -2)],
  ['pp', u('percent', 'pp')],
  ['km', u('quantity', 'km')], ['m', u('quantity', 'm')], ['cm', u('quantity', 'cm')], ['mm', u('quantity', 'mm')],
  ['dm', u('quantity', 'dm')], ['kg', u('quantity', 'kg')], ['g', u('quantity', 'g')], ['mg', u('quantity', 'mg')],
  ['μg', u('quantity', 'μg')], ['µg', u('quantity', 'μg')], ['mcg', u('quantity', 'μg')], ['t', u('quantity', 't')],
  ['km2', u('quantity', 'km²')], ['km²', u('quantity', 'km²')], ['m2', u('quantity', '㎡')], ['㎡', u('quantity', '㎡')],
  ['m²', u('quantity', '㎡')], ['m3', u('quantity', 'm³')], ['m³', u('quantity', 'm³')], ['ha', u('quantity', 'ha')],
  ['ml', u('quantity', 'mL')], ['mL', u('quantity', 'mL')], ['L', u('quantity', 'L')], ['kW', u('quantity', 'kW')],
  ['MW', u('quantity', 'MW')], ['GW', u('quantity', 'GW')], ['kWh', u('quantity', 'kWh')], ['TWh', u('quantity', 'TWh')],
  ['km/h', u('quantity', 'km/h')], ['km/hr', u('quantity', 'km/h')], ['CM', u('quantity', 'cm')], ['KG', u('quantity', 'kg')],
  ['KM', u('quantity', 'km')], ['MB', u('quantity', 'MB')], ['GB', u('quantity', 'GB')], ['TB', u('quantity', 'TB')], ['mb', u('quantity', 'Mb')],
  ['℃', u('quantity', '°C')], ['°C', u('quantity', '°C')], ['℉', u('quantity', '°F')], ['°F', u('quantity', '°F')], ['ft', u('quantity', 'ft')], ['mi', u('quantity', 'mi')], ['rad', u('quantity', 'rad')],
  ['$', u('money', 'USD')], ['€', u('money', 'EUR')], ['£', u('money', 'GBP')], ['¥', u('money', 'CNY')],
  ['￥', u('money', 'CNY')], ['₩', u('money', 'KRW')], ['₹', u('money', 'INR')], ['₽', u('money', 'RUB')],
  ['₿', u('money', 'BTC')], ['₡', u('money', 'CRC')], ['₾', u('money', 'GEL')], ['₭', u('money', 'LAK')],
  ['ரூ', u('money', 'LKR')], ['฿', u('money', 'THB')], ['USD', u('money', 'USD')], ['EUR', u('money', 'EUR')],
  ['GBP', u('money', 'GBP')], ['RMB', u('money', 'CNY')], ['CNY', u('money', 'CNY')], ['JPY', u('money', 'JPY')],
  ['HKD', u('money', 'HKD')],
];

const EN_WORD_TABLE = new Map<string, UnitInfo>(EN_WORDS);
const EN_SYMBOL_TABLE = new Map<string, UnitInfo>(EN_SYMBOLS);

// A unit ends where a word would: not before another letter or digit (24703m212 is no measure).
export const EN_WORD_UNIT_RE = new RegExp(`(?:${alternation(EN_WORD_TABLE.keys())})(?![A-Za-z0-9])`, 'iy');
export const EN_SYMBOL_UNIT_RE = new RegExp(
  `(?:${alternation(EN_SYMBOL_TABLE.keys())})(?![A-Za-z0-9²³]|-[A-Za-z0-9])`,
  'y',
);

export function englishWordUnit(word: string): UnitInfo | undefined {
  return EN_WORD_TABLE.get(word.toLowerCase().replace(/\s+/g, ' '));
}
export function englishSymbolUnit(word: string): UnitInfo | undefined {
  return EN_SYMBOL_TABLE.get(word);
}

/** Currency signs, codes and names written before the number ($4.2, US$ 10, HK$, €2, RMB 10, 人民币10, 港币500). */
export const CURRENCY_PREFIX_RE =
  /(?<![A-Za-z.])(?:(?:us|u\.s\.?|hk|c|au|nz|mex|usd|aud|cad|nzd|mxn|hkd|sgd)\s*\$|(?<![A-Za-z])[AS]\$|[$€£¥￥₩₹₽₿]|(?:usd|eur|gbp|rmb|cny|jpy|hkd|chf|aud|cad|inr|rs\.?)|人民币|新台币|台币|港币|港元|澳门元|澳门币|美元|欧元|日元|日圆|英镑)[ \t]*$/i;

const PREFIX_CODES: Record<string, string> = {
  us: 'USD', 'u.s': 'USD', 'u.s.': 'USD', usd: 'USD', hk: 'HKD', hkd: 'HKD', c: 'CAD', cad: 'CAD', a: 'AUD', au: 'AUD',
  aud: 'AUD', nz: 'NZD', nzd: 'NZD', s: 'SGD', sgd: 'SGD', mex: 'MXN', mxn: 'MXN', eur: 'EUR', gbp: 'GBP', rmb: 'CNY',
  cny: 'CNY', jpy: 'JPY', chf: 'CHF', inr: 'INR', rs: 'INR', 'rs.': 'INR', 人民币: 'CNY',
  // a currency named before the amount, as Hong Kong, Taiwan and Macau papers write it (港幣500萬元, 新臺幣3.5兆元)
  新台币: 'TWD', 台币: 'TWD', 港币: 'HKD', 港元: 'HKD', 澳门元: 'MOP', 澳门币: 'MOP', 美元: 'USD', 欧元: 'EUR',
  日元: 'JPY', 日圆: 'JPY', 英镑: 'GBP',
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '￥': 'CNY', '₩': 'KRW', '₹': 'INR', '₽': 'RUB', '₿': 'BTC',
};

/** The currency a prefix (as matched by CURRENCY_PREFIX_RE) stands for. */
export function prefixCurrency(prefix: string): string {
  const p = prefix.toLowerCase().replace(/\s+/g, '');
  const key = p.endsWith('$') && p.length > 1 ? p.slice(0, -1) : p;
  return PREFIX_CODES[key] ?? 'USD';
}
