// A dateline's date ("2月9日", "二〇二三年二月九日", "Aug. 30") as an ISO calendar date, read with chrono-node and
// placed in a year by a reference: the page's publication date, or the time a clipping is saved. A paper dates a
// story on or before the day it prints it, so a month and day without a year fall in the latest year that does
// not put them after the reference (a "12月30日" dateline printed on 2 January is last year's).
import { strict as en } from 'chrono-node/en';
import { hans, hant } from 'chrono-node/zh';
import { parseChineseNumeral } from './figures/numerals';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
/** Days a dateline may run ahead of its reference (time zones; a story filed late for the next day's paper). */
const SLACK_DAYS = 2;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

const iso = ({ year, month, day }: Ymd) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const dayNumber = ({ year, month, day }: Ymd) => Date.UTC(year, month - 1, day) / 86_400_000;
const valid = (d: Ymd) => {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return d.year >= 1000 && d.year <= 9999 && t.getUTCMonth() === d.month - 1 && t.getUTCDate() === d.day;
};

/** The calendar date a reference names: its own date when it is written as ISO (no time-zone shift), else UTC. */
function referenceDate(reference: string | Date | null | undefined): Ymd | null {
  if (reference == null) return null;
  if (typeof reference === 'string') {
    const m = ISO_DATE.exec(reference.trim());
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    const t = Date.parse(reference);
    return Number.isNaN(t) ? null : referenceDate(new Date(t));
  }
  if (Number.isNaN(reference.getTime())) return null;
  return { year: reference.getUTCFullYear(), month: reference.getUTCMonth() + 1, day: reference.getUTCDate() };
}

/** "9日" / "九日": a day of the reference's month, or of the month before when that day is still to come. */
function dayOnly(text: string, ref: Ymd): Ymd | null {
  const m = /^(?:本月)?([0-9]{1,2}|[一二三四五六七八九十廿卅]{1,3})[日号號]$/.exec(text);
  if (!m) return null;
  const day = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
  if (day === null || day < 1 || day > 31) return null;
  let d: Ymd = { ...ref, day };
  if (dayNumber(d) > dayNumber(ref) + SLACK_DAYS) d = ref.month === 1 ? { year: ref.year - 1, month: 12, day } : { ...ref, month: ref.month - 1, day };
  return valid(d) ? d : null;
}

/**
 * The ISO date (YYYY-MM-DD) `text` names, or null when it names none or its year cannot be known (no year written
 * and no reference). Already-ISO text is returned as it is, so resolving twice changes nothing.
 */
export function resolveDate(text: string | null | undefined, reference?: string | Date | null): string | null {
  if (!text) return null;
  const plain = text.normalize('NFKC').trim();
  const ref = referenceDate(reference);
  const whole = ISO_DATE.exec(plain);
  if (whole) return valid({ year: Number(whole[1]), month: Number(whole[2]), day: Number(whole[3]) }) ? whole[0] : null;
  if (ref) {
    const d = dayOnly(plain, ref);
    if (d) return iso(d);
  }
  // The common forms are read here: chrono tries every parser of three locales on a text, which a page with a
  // dozen datelines would pay on every click.
  const common = commonDate(plain);
  if (common) return placeInYear(common.month, common.day, common.year, ref);
  // Without a reference only a written year can place a date: no year digits or 年, no date.
  if (!ref && !/\d{4}|年/.test(plain)) return null;
  // chrono reads against a reference instant; its year is used only when the text states one.
  const instant = ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const found = hans.parse(plain, instant)[0] ?? hant.parse(plain, instant)[0] ?? en.parse(plain, instant)[0];
  if (!found) return null;
  const c = found.start;
  const month = c.get('month');
  const day = c.isCertain('day') ? c.get('day') : null;
  if (!month || !day) return null;
  if (c.isCertain('year')) {
    let year = c.get('year')!;
    // 民國112年: the Republic of China's era counts from 1912.
    if (year < 1000 && /民[國国]/.test(plain)) year += 1911;
    const d = { year, month, day };
    return valid(d) ? iso(d) : null;
  }
  return placeInYear(month, day, null, ref);
}

/** A written year, or else the latest year that does not put the month and day after the reference. */
function placeInYear(month: number, day: number, year: number | null, ref: Ymd | null): string | null {
  if (year !== null) {
    const d = { year, month, day };
    return valid(d) ? iso(d) : null;
  }
  if (!ref) return null;
  let d: Ymd = { year: ref.year, month, day };
  if (dayNumber(d) > dayNumber(ref) + SLACK_DAYS) d = { ...d, year: ref.year - 1 };
  return valid(d) ? iso(d) : null;
}

const NUM = '([0-9]{1,2}|[一二三四五六七八九十廿卅]{1,3})';
/** "2月9日", "2023年2月9日", "十二月三十日" (arabic or Chinese numerals; a year in arabic digits). */
const COMMON = new RegExp(`^(?:([0-9]{4})年)?${NUM}月${NUM}[日号號]$`);

function commonDate(text: string): { year: number | null; month: number; day: number } | null {
  const m = COMMON.exec(text);
  if (!m) return null;
  const num = (v: string) => (/\d/.test(v) ? Number(v) : parseChineseNumeral(v));
  const month = num(m[2]!);
  const day = num(m[3]!);
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year: m[1] ? Number(m[1]) : null, month, day };
}
