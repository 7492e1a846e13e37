// Figures written in two parts, read after the scan has found the parts: an amount and its change (3 dollars 50
// cents, 15 USD 50, 五元三毛, 50元6角三分, 两美元又三美分), a height in feet and inches (5 ft 2 in), a scale after a
// currency code (75 USD million), and forms whose number the scan leaves alone because nothing after it names a
// unit: a fraction before a unit (1/4 mile, 10 1/2 miles, ½ teaspoon), a unit in brackets (20 (kg)), a share of a
// whole (half a million dollars is read by the scan; a quarter million us dollars here) and "percent of 20".
// Each pass works on the sorted, non-overlapping figures and keeps them so.
import type { FigureSpan } from '../types';
import { parseArabic, parseChineseNumeral, parseEnglishNumber } from './numerals';
import { EN_WORD_UNIT_RE, englishSymbolUnit, englishWordUnit } from './units';

/** Currencies whose amounts are told in hundredths (dollars and cents, 元 and 分). */
const CENTS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'EUR', 'GBP', 'CNY', 'MXN', 'MOP', 'CHF', 'INR']);

const EN_GAP_RE = /(?:,? and | )/y;
const CJK_GAP_RE = /[又零和]?/y;
/** Words before a money figure that make "X and Y" a range (between 5 dollars and 10), not dollars and cents. */
const RANGE_BEFORE_RE = /(?:between|from)\s+$/i;
/** A bare count of cents: two digits, or English words up to ninety-nine (forty-five, forty five, fifty). */
const BARE_DIGITS_RE = /([0-9]{1,2})(?![0-9/%A-Za-z]|[.,:][0-9])/y;
const BARE_WORDS_RE = /([a-z]+)(?:([ -])([a-z]+))?/iy;
/** What may follow a bare count of cents: the end of the sentence or clause, or "more", "and", "or". */
const AFTER_BARE_RE = /\s*(?:$|[.,;:!?)\]]|(?:more|and|or|each|a|per)(?![A-Za-z]))/y;
const CJK_DIGIT = '([0-9０-９]|[一二两三四五六七八九])';
/** 元 then 角/毛 and 分: 五元三毛, 50元6角三分, 3元零5分 (分 not opening a word: 分钟, 分之, 分析). */
const JIAO_FEN_RE = new RegExp(`(?:${CJK_DIGIT}[角毛](?:钱)?(?:${CJK_DIGIT}分(?![钟之析别开配数期]))?|零${CJK_DIGIT}分(?![钟之析别开配数期]))`, 'y');
/** 日元 then 銭 (sen, a hundredth of a yen): 10日元5日本銭. */
const SEN_RE = new RegExp(`${CJK_DIGIT}(?:日本)?[銭钱]`, 'y');
/** five mao, five mao five: tenths (and hundredths) of a yuan. */
const MAO_RE = /([0-9]|[a-z]+) mao(?: ([0-9]|one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z0-9]))?(?![A-Za-z])/iy;
const EN_SCALE_AFTER_RE = /[ ](thousand|million|billion|trillion)(?![A-Za-z])/iy;
const SCALE_POW: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };
/** Feet then inches: 5 ft 2 in, 5 feet 2 inches, 5 feet and 2 inches, 6 ft 1. */
const INCHES_RE = /(?:,? and | )([0-9]{1,2}(?:\.[0-9]+)?|[a-z]+) ?(?:inches|inch|in)(?![A-Za-z])/iy;

function cjkDigit(s: string | undefined): number {
  if (s === undefined) return 0;
  return parseArabic(s) ?? parseChineseNumeral(s) ?? 0;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Replaces figures[i] by `merged` and drops the figures it now covers. */
function absorb(figures: FigureSpan[], i: number, merged: FigureSpan): void {
  let j = i + 1;
  while (j < figures.length && (figures[j] as FigureSpan).start < merged.end) j++;
  figures.splice(i, j - i, merged);
}

function extend(text: string, f: FigureSpan, end: number, value: number): FigureSpan {
  return { ...f, end, text: text.slice(f.start, end), value: Number(value.toPrecision(15)) };
}

/** A count of cents written bare after the amount: its value and end, or null. */
function bareCents(text: string, at: number, wordsOnly: boolean): { value: number; end: number } | null {
  const candidates: Array<[number | null, number]> = [];
  const d = wordsOnly ? null : sticky(BARE_DIGITS_RE, text, at);
  if (d !== null) candidates.push([Number(d[1]), at + d[0].length]);
  else {
    const w = sticky(BARE_WORDS_RE, text, at);
    if (w === null) return null;
    // forty-five, forty five; else the first word alone (one and …)
    if (w[3] !== undefined) candidates.push([parseEnglishNumber(w[0].replace(' ', '-')), at + w[0].length]);
    candidates.push([parseEnglishNumber(w[1] as string), at + (w[1] as string).length]);
  }
  for (const [value, end] of candidates) {
    if (value === null || value < 1 || value > 99 || !Number.isInteger(value)) continue;
    if (sticky(AFTER_BARE_RE, text, end) !== null) return { value, end };
  }
  return null;
}

function isMajor(f: FigureSpan): boolean {
  return f.kind === 'money' && f.unit !== null && f.value !== null && Number.isInteger(f.value) && f.value < 1e6;
}

/** Amounts with their change: 3 dollars 50 cents, 15 USD 50, c $ 100 and fifty, 五元三毛, 两美元又三美分. */
function moneyWithChange(text: string, figures: FigureSpan[], i: number): void {
  const f = figures[i] as FigureSpan;
  if (!isMajor(f) || f.bound !== null) return;
  const value = f.value as number;
  const next = figures[i + 1];
  const last = text.charCodeAt(f.end - 1);
  const cjk = last >= 0x3400;
  if (f.unit === 'JPY' && cjk) {
    const sen = sticky(SEN_RE, text, f.end);
    if (sen !== null) absorb(figures, i, extend(text, f, f.end + sen[0].length, value + cjkDigit(sen[1]) / 100));
    return;
  }
  if (!CENTS.has(f.unit as string)) return;
  const gap = sticky(cjk ? CJK_GAP_RE : EN_GAP_RE, text, f.end);
  if (gap === null || (!cjk && RANGE_BEFORE_RE.test(text.slice(Math.max(0, f.start - 9), f.start)))) return;
  const at = f.end + gap[0].length;
  // the change as a figure of its own: 50 cents, 三美分
  if (next !== undefined && next.start === at && next.kind === 'money' && (next.unit === 'cent' || next.unit === 'penny') &&
    next.value !== null && next.value < 100 && next.bound === null) {
    absorb(figures, i, extend(text, f, next.end, value + next.value / 100));
    return;
  }
  if (cjk) {
    if (f.unit !== 'CNY') return;
    const jf = sticky(JIAO_FEN_RE, text, f.end);
    if (jf === null) return;
    const cents = jf[3] !== undefined ? cjkDigit(jf[3]) : cjkDigit(jf[1]) * 10 + cjkDigit(jf[2]);
    absorb(figures, i, extend(text, f, f.end + jf[0].length, value + cents / 100));
    return;
  }
  if (f.unit === 'CNY') {
    // one kuai and five mao five: 毛 (a tenth) and 分 (a hundredth) spoken in English
    const mao = sticky(MAO_RE, text, at);
    const tenths = mao === null ? null : (parseArabic(mao[1] as string) ?? parseEnglishNumber(mao[1] as string));
    if (mao !== null && tenths !== null && tenths < 10) {
      const fen = mao[2] === undefined ? 0 : (parseArabic(mao[2]) ?? parseEnglishNumber(mao[2]) ?? 0);
      if (fen < 10) absorb(figures, i, extend(text, f, at + mao[0].length, value + tenths / 10 + fen / 100));
      return;
    }
  }
  if (next !== undefined && next.start < at + 3) return;
  // a bare count of cents: "15 dollars 50.", "17 USD 25", "c $ 100 and fifty"; digits only after a currency
  // written after the amount (after "$5 and 10" the 10 is another amount)
  const suffixCurrency = !/[0-9]/.test(text[f.end - 1] ?? '');
  const c = bareCents(text, at, !suffixCurrency);
  if (c !== null) absorb(figures, i, extend(text, f, c.end, value + c.value / 100));
}

/** A scale written after the currency code: 75 USD million. */
function scaleAfterCurrency(text: string, figures: FigureSpan[], i: number): void {
  const f = figures[i] as FigureSpan;
  if (f.kind !== 'money' || f.value === null || !/[A-Za-z]$/.test(f.text) || /(?:thousand|million|billion|trillion|bn|m)\b/i.test(f.text)) return;
  const m = sticky(EN_SCALE_AFTER_RE, text, f.end);
  if (m === null) return;
  absorb(figures, i, extend(text, f, f.end + m[0].length, f.value * 10 ** (SCALE_POW[(m[1] as string).toLowerCase()] as number)));
}

/** 5 ft 2 in, 5 feet and 2 inches: one height in feet. */
function feetAndInches(text: string, figures: FigureSpan[], i: number): void {
  const f = figures[i] as FigureSpan;
  if (f.kind !== 'quantity' || f.unit !== 'ft' || f.value === null || !Number.isInteger(f.value)) return;
  const m = sticky(INCHES_RE, text, f.end);
  if (m === null) return;
  const inches = parseArabic(m[1] as string) ?? parseEnglishNumber(m[1] as string);
  if (inches === null || inches >= 12) return;
  absorb(figures, i, extend(text, f, f.end + m[0].length, f.value + inches / 12));
}

/** 50 meters per millisecond, 50 centimeters/millisecond, 50 km/ms: a speed in any length over any time. */
const LENGTHS = new Set(['m', 'km', 'cm', 'mm', 'mi', 'ft', 'in', 'yd', 'nmi']);
const PER_TIME_RE = /(?: per |\/)(milliseconds?|seconds?|minutes?|hours?|ms|s|min|h|hr)(?![A-Za-z])/iy;
const TIME_SYMBOL: Record<string, string> = { millisecond: 'ms', second: 's', minute: 'min', hour: 'h', hr: 'h' };

function speeds(text: string, figures: FigureSpan[], i: number): void {
  const f = figures[i] as FigureSpan;
  if (f.kind !== 'quantity' || f.unit === null || !LENGTHS.has(f.unit) || f.value === null) return;
  const m = sticky(PER_TIME_RE, text, f.end);
  if (m === null) return;
  const word = (m[1] as string).toLowerCase();
  const t = word.length > 3 ? word.replace(/s$/, '') : word;
  const merged = extend(text, f, f.end + m[0].length, f.value);
  merged.unit = `${f.unit}/${TIME_SYMBOL[t] ?? t}`;
  absorb(figures, i, merged);
}

/** 3 months old, a 3-month-old, nineteen years of age, 三个月大: an age in the unit the text counts it in. */
const OLD_RE = /(?:-old|[ -]old|\s+of\s+age)(?![A-Za-z])/iy;
const AGE_UNIT: Record<string, string> = { year: 'age', month: 'age-month', week: 'age-week', day: 'age-day' };

function ages(text: string, figures: FigureSpan[], i: number): void {
  const f = figures[i] as FigureSpan;
  if (f.kind !== 'duration' || f.unit === null || AGE_UNIT[f.unit] === undefined || f.value === null) return;
  const last = text.charCodeAt(f.end - 1);
  let end = -1;
  if (last < 0x3400) {
    const m = sticky(OLD_RE, text, f.end);
    if (m !== null) end = f.end + m[0].length;
  } else if (text[f.end] === '大' && f.unit !== 'year' && !/[\u3400-\u9fff]/.test(text[f.end + 1] ?? '')) {
    end = f.end + 1; // 三个月大, 十天大 (not 三个月大会, 三天大雨)
  } else if (text[f.end] === '大' && f.unit !== 'year' && /[的了，。]/.test(text[f.end + 1] ?? '')) {
    end = f.end + 1;
  }
  if (end < 0) return;
  absorb(figures, i, { ...f, end, text: text.slice(f.start, end), kind: 'quantity', unit: AGE_UNIT[f.unit] as string });
}

/**
 * Inserts `f` where it belongs unless it overlaps a figure already found (other than a plain number or date);
 * `force` drops whatever it overlaps (a reading the scan got wrong).
 */
export function insert(figures: FigureSpan[], f: FigureSpan, force = false): void {
  // the first figure ending after f starts (ends are sorted, as the figures neither overlap nor go back)
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((figures[mid] as FigureSpan).end <= f.start) lo = mid + 1;
    else hi = mid;
  }
  let j = lo;
  for (; j < figures.length && (figures[j] as FigureSpan).start < f.end; j++) {
    const kind = (figures[j] as FigureSpan).kind;
    if (!force && kind !== 'number' && kind !== 'date') return;
  }
  figures.splice(lo, j - lo, f);
}

export function figure(text: string, start: number, end: number, kind: FigureSpan['kind'], value: number, unit: string | null): FigureSpan {
  return { text: text.slice(start, end), kind, value: Number(value.toPrecision(15)), unit, approx: false, bound: null, start, end };
}

const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125 };
/** 1/4 mile, 10 1/2 miles, ½ teaspoon: a fraction right before a unit of measure. */
const FRACTION_RE = /(?<![0-9/.,])(?:([0-9]{1,3}) )?(?:([1-9][0-9]?)\/([1-9][0-9]?)|([½¼¾⅓⅔⅛])) ?(?=[A-Za-z])/g;
const KITCHEN_RE = /(?:cups|cup)(?![A-Za-z])/iy;

function fractionsBeforeUnits(text: string, figures: FigureSpan[]): void {
  for (const m of text.matchAll(FRACTION_RE)) {
    let frac: number;
    if (m[4] !== undefined) frac = VULGAR[m[4]] as number;
    else {
      const num = Number(m[2]);
      const den = Number(m[3]);
      if (num >= den || den > 16) continue;
      frac = num / den;
    }
    const at = m.index + m[0].length;
    const w = sticky(EN_WORD_UNIT_RE, text, at);
    const info = w === null ? undefined : englishWordUnit(w[0]);
    let end: number;
    let unit: string | null;
    if (w !== null && info !== undefined && info.kind === 'quantity') {
      end = at + w[0].length;
      unit = info.unit;
    } else {
      const k = sticky(KITCHEN_RE, text, at);
      if (k === null) continue;
      end = at + k[0].length;
      unit = 'cup';
    }
    const whole = m[1] === undefined ? 0 : Number(m[1]);
    insert(figures, figure(text, m.index, end, 'quantity', whole + frac, unit));
  }
}

/** 20 (kg), 20 [kg]: a unit symbol in brackets right after the number. */
const BRACKET_UNIT_RE = /(?<![0-9A-Za-z.,])([0-9]+(?:\.[0-9]+)?) ?(?:\(([A-Za-z%°²³]{1,4})\)|\[([A-Za-z%°²³]{1,4})\]|\{([A-Za-z%°²³]{1,4})\}|<([A-Za-z%°²³]{1,4})>)/g;

function bracketedUnits(text: string, figures: FigureSpan[]): void {
  for (const m of text.matchAll(BRACKET_UNIT_RE)) {
    const sym = m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const info = englishSymbolUnit(sym);
    if (info === undefined || info.kind === 'kill' || info.kind === 'money') continue;
    insert(figures, figure(text, m.index, m.index + m[0].length, info.kind, Number(m[1]) * 10 ** info.pow, info.unit));
  }
}

/** "percent of 20": a percentage named before its number (not "10 percent of 20 people"). */
const PERCENT_OF_RE = /\b(?:percents?|per cent) of ([0-9]+(?:\.[0-9]+)?|[a-z]+(?:-[a-z]+)?)(?=\s*(?:$|[.,;:!?)]))/gi;

function percentOf(text: string, figures: FigureSpan[]): void {
  for (const m of text.matchAll(PERCENT_OF_RE)) {
    const n = m[1] as string;
    const v = parseArabic(n) ?? parseEnglishNumber(n);
    if (v === null) continue;
    insert(figures, figure(text, m.index, m.index + m[0].length, 'percent', v, '%'));
  }
}

/** A quarter million us dollars, three quarters billion us dollars, half million usd. */
const PART_SCALE_RE = /(?<![A-Za-z])(?:(a|one|two|three) )?(half|quarters?) (million|billion|trillion) /gi;

function partsOfScales(text: string, figures: FigureSpan[]): void {
  for (const m of text.matchAll(PART_SCALE_RE)) {
    const count = m[1] === undefined || m[1].toLowerCase() === 'a' ? 1 : (parseEnglishNumber(m[1]) ?? 1);
    const part = (m[2] as string).toLowerCase() === 'half' ? 0.5 : 0.25;
    if (part === 0.5 && count !== 1) continue;
    if (count * part >= 1) continue;
    const at = m.index + m[0].length;
    const w = sticky(EN_WORD_UNIT_RE, text, at);
    const info = w === null ? undefined : englishWordUnit(w[0]);
    if (w === null || info === undefined || info.kind !== 'money') continue;
    const value = count * part * 10 ** (SCALE_POW[(m[3] as string).toLowerCase()] as number);
    insert(figures, figure(text, m.index, at + w[0].length, 'money', value, info.unit));
  }
}

/** 90 degrees after a word of turning or angles (rotate, angle, tilt); a bare "24 degrees" is a temperature. */
const DEGREES_RE = /(?<![0-9.,])([0-9]+(?:\.[0-9]+)?) ?degrees?(?![A-Za-z])/gi;
const ANGLE_BEFORE_RE = /\b(?:rotat|turn|angle|tilt|inclin|slope|lean|veer|swivel|spin|pivot|twist|bend)[a-z]*\b[^.;:!?]{0,24}$/i;

/** 3 turns, a half turn: whole rotations, after the same words. */
const TURNS_RE = /(?<![A-Za-z0-9.,])(?:([0-9]+(?:\.[0-9]+)?|one|two|three|four|five|six|seven|eight|nine|ten) (?:full )?turns?|an? (?:(half|quarter)|(full)) turn)(?![A-Za-z])/gi;

function angles(text: string, figures: FigureSpan[]): void {
  for (const m of text.matchAll(DEGREES_RE)) {
    if (angleBefore(text, m.index)) insert(figures, figure(text, m.index, m.index + m[0].length, 'quantity', Number(m[1]), '°'));
  }
}

function turns(text: string, figures: FigureSpan[]): void {
  for (const m of text.matchAll(TURNS_RE)) {
    // "rotate 3 turns", "make a half turn"; "took turns", "in turn" and "3 turns of the table" stay words
    if (!/\b(?:rotat|spin|twist|make|makes|made|complete[sd]?|do|does|did)[a-z]*\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const value = m[1] !== undefined ? (parseArabic(m[1]) ?? parseEnglishNumber(m[1]) ?? 0) : m[2] !== undefined ? (m[2].toLowerCase() === 'half' ? 0.5 : 0.25) : 1;
    if (value > 0) insert(figures, figure(text, m.index, m.index + m[0].length, 'quantity', value, 'turn'));
  }
}

function angleBefore(text: string, at: number): boolean {
  return ANGLE_BEFORE_RE.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * The forms the scan cannot see, each run only when its trigger is in the text: a fraction, a bracketed unit,
 * "percent of", degrees, a part of a scale, turns.
 * A character class first skips the text (most Chinese text) that has none of their characters.
 */
const UNSEEN_CHARS = /[/½¼¾⅓⅔⅛([{<A-Za-z]/;
const BRACKET_AFTER_DIGIT_RE = /[0-9] ?[([{<][A-Za-z%°]/;

const FRACTION_HINT_RE = /[0-9]\/[1-9]|[½¼¾⅓⅔⅛]/;
const TURN_HINT_RE = /(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|half|quarter|full) turns?\b/i;

/** One scan for every trigger below: most text, even English, has none of them. */
const UNSEEN_GATE = /[0-9] ?[/([{<]|[½¼¾⅓⅔⅛]|cents? of|degree|illion| turn/i;

function unseenForms(text: string, figures: FigureSpan[]): void {
  if (!UNSEEN_GATE.test(text)) return;
  if (FRACTION_HINT_RE.test(text)) fractionsBeforeUnits(text, figures);
  if (BRACKET_AFTER_DIGIT_RE.test(text)) bracketedUnits(text, figures);
  if (/cents? of/i.test(text)) percentOf(text, figures);
  if (/degree/i.test(text)) angles(text, figures);
  if (/(?:half|quarters?) (?:m|b|tr)illion/i.test(text)) partsOfScales(text, figures);
  if (TURN_HINT_RE.test(text)) turns(text, figures);
}

/** The two-part figures of `text` merged, and the figures the scan could not see added; `figures` is changed. */
export function readCompounds(text: string, figures: FigureSpan[]): FigureSpan[] {
  for (let i = 0; i < figures.length; i++) {
    const kind = (figures[i] as FigureSpan).kind;
    if (kind === 'money') {
      moneyWithChange(text, figures, i);
      scaleAfterCurrency(text, figures, i);
    } else if (kind === 'quantity') {
      feetAndInches(text, figures, i);
      speeds(text, figures, i);
    } else if (kind === 'duration') {
      ages(text, figures, i);
    }
  }
  if (UNSEEN_CHARS.test(text)) unseenForms(text, figures);
  return figures;
}
