// Shares and fractions written in words: 百分之八, 三分之一, 半成 (zh-percent.ts reads their words), a third of,
// two-thirds of, half a million.
import { matchAt, scaled } from './chars';
import { applyBefore, readFraction, single, type Draft, type Read } from './draft';
import { parseEnglishNumber } from './numerals';
import { Core } from './scan';
import { EN_SCALE_POW, EN_SCALE_RE, EN_WORD_UNIT_RE, englishWordUnit } from './units';
import { readWrittenPercent } from './zh-percent';

/** 百分之八, 千分之三, 半成 and 三分之一 as zh-percent.ts reads them; a share takes the sign or modifier before it. */
export function readChinesePercent(text: string, s: number, e: number): Read | null {
  const r = readWrittenPercent(text, s, e);
  if (r === null) return null;
  if (r.fraction) return readFraction(text, s, e, r.value, Core.Chinese);
  const fig: Draft = { start: s, end: r.end, kind: r.kind, value: r.value, unit: r.unit, approx: r.approx, bound: r.bound };
  if (r.signed) applyBefore(text, fig, Core.Chinese);
  return single(fig);
}

const EN_FRACTION_DENOMINATOR: Record<string, number> = {
  half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, eighth: 8,
  eighths: 8, tenth: 10, tenths: 10,
};
/** Words before "half" that make it part of a year or a match (the first half of 2023), not a share. */
const OF_AFTER_RE = /\s+of(?![A-Za-z])/y;
const BY_BEFORE_RE = /(?<![A-Za-z])by\s$/i;
const NOT_BEFORE_HALF_RE = /(?:first|second|last|other|latter|former|the|better|and a)\s+$/i;

/** "a third of", "two-thirds of", "half of": the fraction of a whole as a number. */
export function readEnglishFraction(text: string, s: number, e: number): Read | null {
  const words = text.slice(s, e).toLowerCase().split(/[\s-]+/);
  if (words[0] === 'half' && words.length === 2) return readHalfA(text, s, e);
  const last = words[words.length - 1] as string;
  const den = EN_FRACTION_DENOMINATOR[last];
  if (den === undefined) return null;
  if (words.length === 1 && NOT_BEFORE_HALF_RE.test(text.slice(Math.max(0, s - 12), s))) return null;
  // a third of …, or rose by a third; "one third" alone is no share of anything named
  if (matchAt(OF_AFTER_RE, text, e) === null && !BY_BEFORE_RE.test(text.slice(Math.max(0, s - 4), s))) return null;
  const first = words.length > 1 ? (words[0] as string) : 'one';
  const num = first === 'a' ? 1 : parseEnglishNumber(first);
  if (num === null || num >= den) return null;
  return readFraction(text, s, e, num / den, Core.English);
}

/** "half a percentage point", "half an hour", "half a million people": half of what the unit or scale names. */
function readHalfA(text: string, s: number, e: number): Read | null {
  let p = e + 1;
  let pow = 0;
  const sc = matchAt(EN_SCALE_RE, text, p);
  if (sc !== null) {
    pow = EN_SCALE_POW[(sc[1] as string).toLowerCase()] ?? 0;
    p += sc[0].length + (text[p + sc[0].length] === ' ' ? 1 : 0);
  }
  const w = matchAt(EN_WORD_UNIT_RE, text, p);
  const info = w === null ? undefined : englishWordUnit(w[0]);
  const value = scaled(0.5, pow);
  if (info === undefined || w === null || info.kind === 'kill') {
    if (pow === 0) return null;
    const fig: Draft = { start: s, end: p - 1, kind: 'number', value, unit: null, approx: false, bound: null };
    return single(fig);
  }
  const fig: Draft = { start: s, end: p + w[0].length, kind: info.kind, value, unit: info.unit, approx: false, bound: null };
  applyBefore(text, fig, Core.English);
  return single(fig);
}
