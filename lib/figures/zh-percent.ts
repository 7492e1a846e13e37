// Chinese percent written out, as the scan's 百分之 core finds it (recognise.ts): 百分之八, 百分之三十五, 百分之 5,
// 百分之负五, 千分之三 (0.3%), 万分之五 (0.05%), 半成 (5%); a fraction of a second or a measure (千分之一秒) is that
// measure, and other fractions (三分之一) are plain numbers.
import type { FigureKind } from '../types';
import { AFTER_MEANING, AFTER_RE } from './modifiers';
import { arabicValue, parseChineseNumeral, readArabic } from './numerals';
import { cjkUnit, cjkUnitWordAt } from './units';

/** Characters after 成 that make it a verb or noun (成为, 成立, 一成不变, 成语) rather than tenths. */
export const NOT_AFTER_CHENG = '为立功本员就长交熟果绩效品型事语';

export interface WrittenPercent {
  end: number;
  kind: FigureKind;
  value: number;
  unit: string | null;
  approx: boolean;
  bound: 'min' | 'max' | null;
  /** A share of a whole (三分之一): a plain number, not a percentage. */
  fraction: boolean;
  /** Whether a sign or modifier written before it (负, 约, 超过) is the figure's: a percentage's is. */
  signed: boolean;
}

function oneOf(set: string, text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && set.includes(c);
}

function read(end: number, kind: FigureKind, value: number, unit: string | null, signed: boolean): WrittenPercent {
  return { end, kind, value, unit, approx: false, bound: null, fraction: false, signed };
}

/** The figure text[s, e) writes out (e: the end of the scan's core), or null when it is none. */
export function readWrittenPercent(text: string, s: number, e: number): WrittenPercent | null {
  if (e - s === 2 && text[s] === '半') {
    // 半成 is 5%; 半成品 (half-finished goods) is no share
    if (oneOf(NOT_AFTER_CHENG, text, e) || text[e] === '品') return null;
    return read(e, 'percent', 5, '%', false);
  }
  const split = text.indexOf('分之', s);
  const head = text.slice(s, split);
  const spaced = oneOf(' \u3000', text, split + 2) ? 1 : 0; // 百分之 5, as some typesetting spaces it
  const negative = text[split + 2 + spaced] === '负'; // 百分之负五
  const body = text.slice(split + 2 + spaced + (negative ? 1 : 0), e);
  const ar = readArabic(body);
  const v = ar !== null ? arabicValue(ar) : body === '百' ? 100 : parseChineseNumeral(body);
  if (v === null) return null;
  if (head !== '百' && head !== '千' && head !== '万') {
    // 三分之一, 十分之三: a share of a whole, numerator below the denominator
    const whole = parseChineseNumeral(head);
    if (whole === null || whole < 2 || v >= whole || oneOf('几数', text, s - 1)) return null;
    return { ...read(e, 'number', v / whole, null, true), fraction: true };
  }
  // 千分之一秒, 百分之五毫米: a fraction of a second or of a measure named in two characters or more, not a share
  // (百分之五十|年底 and 百分之五十|米饭 are shares)
  const word = cjkUnitWordAt(text, e);
  const of = word === null ? undefined : cjkUnit(word);
  if (word !== null && of !== undefined && !negative && (of.unit === 's' || (of.kind === 'quantity' && word.length > 1 && of.weak !== true))) {
    const whole = head === '千' ? 1000 : head === '万' ? 10000 : 100;
    const value = Number(((v / whole) * 10 ** of.pow).toPrecision(15));
    return read(e + word.length, of.kind === 'quantity' ? 'quantity' : 'duration', value, of.unit, false);
  }
  const per = head === '千' ? 10 : head === '万' ? 100 : 1;
  const value = (negative ? -1 : 1) * (per === 1 ? v : Number((v / per).toPrecision(15)));
  const out = read(e, 'percent', value, '%', true);
  AFTER_RE.lastIndex = e;
  const after = AFTER_RE.exec(text);
  const mod = after === null ? undefined : AFTER_MEANING[after[0]];
  if (after !== null && mod !== undefined) {
    out.approx = mod.approx;
    out.bound = mod.bound;
    out.end += after[0].length;
  }
  return out;
}
