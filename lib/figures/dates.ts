// Numbers that are dates and times rather than amounts: 2023年3月15日8时30分, 16年底, 1990年代, March 15, 2023,
// 4 July; and the few forms in which a number before 级, 时 or 点 is a figure (3.2级地震, 8点半).
import { charIn, endsWithAny, grouped, isAsciiAlnum, isAsciiLetter, matchAt } from './chars';
import { applyBefore, single, type Draft, type Read } from './draft';
import { AFTER_MEANING, AFTER_RE } from './modifiers';
import { isChineseDigitString, type ArabicNumeral } from './numerals';
import { Core } from './scan';

const DATE_AFTER_YEAR_RE = /([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})[日号])?/y;
const DAY_AFTER_MONTH_RE = /([0-9０-９]{1,2})[日号]/y;

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** A month name right before a day or a year (March 15, Sept. 2023); capitalised, so "may 5" stays a verb. */
const MONTH_BEFORE_RE = new RegExp(`(?<![A-Za-z])(?:${MONTHS})\\.? $`);
/** A month name after a day (4 July, 15th of March). */
const MONTH_AFTER_RE = new RegExp(`(?:st|nd|rd|th)?(?: of)? (?:${MONTHS})(?![A-Za-z])`, 'y');
const ORDINAL_SUFFIX_RE = /(?:st|nd|rd|th)(?![A-Za-z0-9])/y;
const YEAR_AFTER_DAY_RE = /,? ([12][0-9]{3})(?![0-9A-Za-z])/y;
/** After a number with 级: an earthquake (3.2级地震), not a grade (5A级, 10级台阶). */
const QUAKE_AFTER_RE = /(?:级)?(?:左右的|的)?(?:地震|余震|强震|浅源地震)/y;
const QUAKE_BEFORE = ['里氏', '震级', '震级为', '震级达'];
/** A time of day after a number: 8时, 8时30分, 8点30分, 8点半. */
const TIME_AFTER_RE = /([0-9０-９]{1,2})(?:时(?:([0-9０-９]{1,2})分)?|点(?:([0-9０-９]{1,2})分|半))/y;
const MINUTES_AFTER_RE = /([0-9０-９]{1,2})分/y;
/** Words before a number with 年/日 that make it a span of time (为期5天, 近20年, 用了3年), not a date. */
export const DURATION_CONTEXT = ['为期', '历时', '用了', '用时', '长达', '连续', '耗时', '经过', '整整', '已有', '过去', '未来', '近', '多', '满'];

/** The end of a time of day written right after a date (3月15日8时30分), or `at` when there is none. */
function timeAfter(text: string, at: number): number {
  const t = matchAt(TIME_AFTER_RE, text, at);
  if (t === null || Number(t[1]) > 24) return at;
  const minutes = t[2] ?? t[3];
  return minutes !== undefined && Number(minutes) > 59 ? at : at + t[0].length;
}

/**
 * A number whose word usually makes it no figure (级, 时, 点, 年代) but in a few forms does: 3.2级地震 (a
 * magnitude), 8时30分 and 8点半 (times), 1990年代 (a decade).
 */
export function readMarked(
  text: string,
  s: number,
  e: number,
  pos: number,
  word: string,
  arabic: ArabicNumeral | null,
  base: number,
): Read | null {
  const plainInt = arabic !== null && arabic.decimals === 0 && !grouped(text, s, e);
  if (word === '级') {
    if (matchAt(QUAKE_AFTER_RE, text, pos) === null && !endsWithAny(text, s, QUAKE_BEFORE)) return null;
    if (base <= 0 || base >= 10) return null;
    const fig: Draft = { start: s, end: pos, kind: 'number', value: base, unit: 'magnitude', approx: false, bound: null };
    const after = matchAt(AFTER_RE, text, pos);
    if (after !== null && AFTER_MEANING[after[0]]?.approx === true) {
      fig.approx = true;
      fig.end = pos + after[0].length;
    }
    applyBefore(text, fig, Core.Arabic);
    return single(fig);
  }
  if (!plainInt) return null;
  if (word === '时' || word === '点') {
    if (base > 24 || e - s > 2) return null;
    if (word === '时') {
      const m = matchAt(MINUTES_AFTER_RE, text, pos);
      const end = m !== null && Number(m[1]) <= 59 ? pos + m[0].length : pos;
      return single({ start: s, end, kind: 'date', value: null, unit: null, approx: false, bound: null });
    }
    // 8点 alone is as often "8 points" (8点建议) as eight o'clock: only with its minutes
    const end = timeAfter(text, s);
    return end === s ? null : single({ start: s, end, kind: 'date', value: null, unit: null, approx: false, bound: null });
  }
  if (word === '年代' && base % 10 === 0 && (e - s === 4 || e - s === 2)) {
    return single({ start: s, end: pos, kind: 'date', value: e - s === 4 ? base : null, unit: null, approx: false, bound: null });
  }
  return null;
}

/** March 15, 2023; March 15; Sept. 2023; 4 July 2024; 15th of March: the whole date, valued null. */
export function readEnglishDate(text: string, s: number, e: number, n: number, lastEnd: number): Read | null {
  // only English words touch a date: a space before the number or a space or suffix after it
  const spaceBefore = text.charCodeAt(s - 1) === 32;
  const next = text.charCodeAt(e);
  if (!spaceBefore && next !== 32 && !isAsciiLetter(next)) return null;
  const len = e - s;
  const before = spaceBefore ? MONTH_BEFORE_RE.exec(text.slice(Math.max(lastEnd, s - 11), s)) : null;
  if (before !== null) {
    const start = s - before[0].length;
    let end = e;
    if (len <= 2 && n >= 1 && n <= 31) {
      const suffix = matchAt(ORDINAL_SUFFIX_RE, text, end);
      if (suffix !== null) end += suffix[0].length;
      const y = matchAt(YEAR_AFTER_DAY_RE, text, end);
      if (y !== null) end += y[0].length;
    } else if (len !== 4 || n < 1000 || n > 2100) {
      return null;
    }
    if (isAsciiAlnum(text.charCodeAt(end))) return null;
    return single({ start, end, kind: 'date', value: null, unit: null, approx: false, bound: null });
  }
  if (len > 2 || n < 1 || n > 31) return null;
  const month = matchAt(MONTH_AFTER_RE, text, e);
  if (month === null) return null;
  let end = e + month[0].length;
  const y = matchAt(YEAR_AFTER_DAY_RE, text, end);
  if (y !== null && y[0][0] !== ',') end += y[0].length;
  return single({ start: s, end, kind: 'date', value: null, unit: null, approx: false, bound: null });
}

/**
 * A number before 年, 月 or 日 (`unitWord`, ending at `pos`): a year or a date (2023年3月15日, 16年底, 3月) rather than a span
 * of time (为期5年, 3.5年); null when it is no figure, undefined when it is a span of time, read on as a duration.
 */
export function readCalendar(
  text: string,
  type: Core,
  s: number,
  e: number,
  pos: number,
  unitWord: string,
  arabic: ArabicNumeral | null,
  base: number,
  pow: number,
  approx: boolean,
): Read | null | undefined {
  const plainInt = arabic !== null && arabic.decimals === 0 && pow === 0 && !approx && !grouped(text, s, e);
  const durationContext = endsWithAny(text, s, DURATION_CONTEXT);
  if (unitWord === '年') {
    const isYear =
      (plainInt && e - s === 4 && base >= 1900 && base <= 2100 && !durationContext) ||
      (type === Core.Chinese && isChineseDigitString(text.slice(s, e)) && e - s === 4);
    if (plainInt && e - s === 2 && charIn('底初末', text, pos)) {
      // 16年底: the end of 2016, a date written short
      return single({ start: s, end: pos + 1, kind: 'date', value: null, unit: null, approx: false, bound: null });
    }
    if (isYear) {
      const d = matchAt(DATE_AFTER_YEAR_RE, text, pos);
      let end = pos;
      let dateValue: number | null = base;
      if (d !== null && Number(d[1]) >= 1 && Number(d[1]) <= 12) {
        end = pos + d[0].length;
        dateValue = null;
        if (d[2] !== undefined) end = timeAfter(text, end);
      }
      return single({ start: s, end, kind: 'date', value: dateValue, unit: null, approx: false, bound: null });
    }
  } else if (unitWord === '月') {
    if (!plainInt || base < 1 || base > 12) return null;
    const d = matchAt(DAY_AFTER_MONTH_RE, text, pos);
    const end = d !== null && Number(d[1]) >= 1 && Number(d[1]) <= 31 ? timeAfter(text, pos + d[0].length) : pos;
    return single({ start: s, end, kind: 'date', value: null, unit: null, approx: false, bound: null });
  } else if (!durationContext && !(arabic !== null && arabic.decimals > 0 && !approx)) {
    // (1.2日 is a span of days: no date has a decimal)
    if (!plainInt || base < 1 || base > 31) return null;
    return single({ start: s, end: timeAfter(text, pos), kind: 'date', value: null, unit: null, approx: false, bound: null });
  }
  return undefined;
}
