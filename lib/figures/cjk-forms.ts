// Chinese forms whose number the scan leaves alone, read over the (Simplified-folded) text after it: discounts in
// 折 (打八折 → 80%, 8.5折 and 八五折 → 85%, 打对折 → 50%: the share of the price paid, kind percent like 三成) and the
// old weight 两 after a number (二两, 三十两, 1234两: unit "两", the value as written, as 斤 is), and temperatures in
// 度 where the scale or the subject is named (摄氏37度, 气温零下5度), 块 as a yuan after a verb of paying (花了我三块), and
// percentage points with a half or an "over" (半个百分点, 两个多百分点).
import type { FigureSpan } from '../types';
import { figure, insert } from './compound';
import { parseArabic, parseChineseNumeral } from './numerals';
import { cjkUnitWordAt } from './units';

/** 8折, 8.5折, 八折, 八五折, 八点五折, 对折 (after 打, or before 优惠/出售/价: 对折优惠). */
const DISCOUNT_RE = /(?<![0-9０-９.．零〇一二两三四五六七八九十百千万亿])(?:([1-9１-９](?:[.．][0-9０-９])?)|([一二两三四五六七八九]{1,2}|[一二两三四五六七八九]点[一二三四五六七八九])|(?<=打)(对)|(对)(?=折(?:优惠|出售|销售|促销|价|酬宾)))折/g;
/** Characters before the number that make 折 part of a word (一波三折). */
const NOT_BEFORE_DISCOUNT = '波曲';
/** Characters after 折 that make it "fold" or another word (三折叠, 折页, 折合, 折算, 折旧, 折返, 折射). */
const NOT_AFTER_DISCOUNT = '叠迭页扇屏线合算旧返回射腾服断腰痕纸边';

/** Whether text[i] is one of the characters of `set` (false past either end). */
function oneOf(set: string, text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && set.includes(c);
}

function discounts(text: string, figures: FigureSpan[]): void {
  if (!text.includes('折')) return;
  for (const m of text.matchAll(DISCOUNT_RE)) {
    const end = m.index + m[0].length;
    if (oneOf(NOT_BEFORE_DISCOUNT, text, m.index - 1) || oneOf(NOT_AFTER_DISCOUNT, text, end)) continue;
    let value: number;
    if (m[3] !== undefined || m[4] !== undefined) value = 50;
    else if (m[1] !== undefined) value = (parseArabic(m[1]) as number) * 10;
    else {
      const n = m[2] as string;
      if (n.length === 2 && n[1] !== '点') value = (parseChineseNumeral(n[0] as string) as number) * 10 + (parseChineseNumeral(n[1] as string) as number);
      else if (n.length === 3) value = (parseChineseNumeral(n[0] as string) as number) * 10 + (parseChineseNumeral(n[2] as string) as number);
      else value = (parseChineseNumeral(n) as number) * 10;
      // 一折 (10%) only where a discount is plainly meant (打一折): 一 opens and closes too many words
      if (n === '一' && text[m.index - 1] !== '打') continue;
      if (n.length === 2 && n[0] === '一') continue; // 一两折: one or two tenths, no figure
      // 七八折, 八九折: seven or eight tenths, a guess rather than a price (九五折 and 八八折 are prices)
      if (n.length === 2 && n[1] !== '点' && (parseChineseNumeral(n[1] as string) as number) === (parseChineseNumeral(n[0] as string) as number) + 1) continue;
    }
    insert(figures, figure(text, m.index, end, 'percent', value, '%'));
  }
}

/** 二两, 三十两, 两万两, 1234两: a number, then 两 that is no part of it (read back from each 两). */
const CN_RUN = '零〇一二两三四五六七八九十百千万';
const AR_RUN = '0123456789０１２３４５６７８９.．';
const NOT_AFTER_LIANG = '0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿';
/** What a weight in 两 is of (二两白酒, 三十两银子), where any other word after 两 (两岸, 两会, 两个) ends it. */
const LIANG_OF = '的黄白银金酒肉茶药米面盐油参';

function liang(text: string, figures: FigureSpan[]): void {
  for (let i = text.indexOf('两', 1); i >= 0; i = text.indexOf('两', i + 1)) {
    const end = i + 1;
    if (oneOf(NOT_AFTER_LIANG, text, end)) continue;
    const run = oneOf(AR_RUN, text, i - 1) ? AR_RUN : oneOf(CN_RUN, text, i - 1) ? CN_RUN : null;
    if (run === null) continue;
    let s = i - 1;
    while (s > 0 && oneOf(run, text, s - 1)) s--;
    if (oneOf('第亿0123456789０１２３４５６７８９', text, s - 1) || oneOf('.．', text, s)) continue;
    const n = text.slice(s, i);
    const next = text.charCodeAt(end);
    const han = next >= 0x3400 && next <= 0x9fff;
    if (han && (!oneOf(LIANG_OF, text, end) || cjkUnitWordAt(text, end) !== null)) continue;
    if (han && (n === '一' || n === '三')) continue; // 一两/三两 before a word: "one or two", "a few"
    const value = parseArabic(n) ?? parseChineseNumeral(n);
    if (value === null || value === 0) continue;
    insert(figures, figure(text, s, end, 'quantity', value, '两'));
  }
}

/**
 * Temperatures in 度 where the scale or the subject is named: 摄氏37度, 华氏100度, 零下五度, 气温30度, 体温三十七点五度
 * (°C unless 华氏); 度 alone is also an angle, a degree of electricity or an extent (一度, 高度). A number is tried
 * from the start of its run only (the lookbehinds), which finds the same matches and keeps a long run of digits linear.
 */
const DEGREE_RE = /(摄氏|华氏)?(零下)?((?<![0-9０-９])[0-9０-９]+(?:[.．][0-9０-９]+)?|(?<![零〇一二两三四五六七八九十百])[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)度(?![电数量假过])/g;
const TEMPERATURE_BEFORE_RE = /(?:气温|温度|体温|水温|室温|低温|高温|最高|最低|降至|升至|摄氏|华氏)[^，。；！？、]{0,4}$/;

/** DEGREE_RE tried at one position. */
const DEGREE_AT_RE = new RegExp(DEGREE_RE.source, 'y');
/** Every character DEGREE_RE can match before its 度. */
const DEGREE_RUN = '摄氏华零下0123456789０１２３４５６７８９.．〇一二两三四五六七八九十百点';

/**
 * DEGREE_RE's matches, in order. Each lies in a run of DEGREE_RUN characters closed by a 度 (which is not one
 * of them), so one run holds at most one: the pattern is tried only at the positions of such a run, leftmost
 * first, instead of at every position of the text (度 is common: 年度, 制度, 力度).
 */
function degreeMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let d = text.indexOf('度'); d >= 0; d = text.indexOf('度', d + 1)) {
    let r = d;
    while (r > 0 && oneOf(DEGREE_RUN, text, r - 1)) r--;
    for (let s = r; s < d; s++) {
      DEGREE_AT_RE.lastIndex = s;
      const m = DEGREE_AT_RE.exec(text);
      if (m) {
        out.push(m);
        break;
      }
    }
  }
  return out;
}

function degrees(text: string, figures: FigureSpan[]): void {
  if (!text.includes('度')) return;
  for (const m of degreeMatches(text)) {
    const n = m[3] as string;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (m[1] === undefined && m[2] === undefined && !TEMPERATURE_BEFORE_RE.test(before)) continue;
    if (oneOf('0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万.．第', text, m.index - 1)) continue;
    const v = parseArabic(n) ?? parseChineseNumeral(n);
    if (v === null) continue;
    const value = m[2] === undefined ? v : -v;
    insert(figures, figure(text, m.index, m.index + m[0].length, 'quantity', value, m[1] === '华氏' ? '°F' : '°C'));
  }
}

/** 花了我三块, 卖五块: 块 is a yuan after a verb of paying or pricing and before the clause ends (三块石头 is pieces). */
const KUAI_RE = /(?:花费?了?|付了?|卖了?|要价?|收了?|赚了?|值|贵了?|便宜了?|找了?|省了?)(?:我|你|他|她|们|了)*([0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千万]+)块(?=$|[，。；！？、,.;!?）)])/g;

function kuai(text: string, figures: FigureSpan[]): void {
  if (!text.includes('块')) return;
  for (const m of text.matchAll(KUAI_RE)) {
    const n = m[1] as string;
    const value = parseArabic(n) ?? parseChineseNumeral(n);
    if (value === null || value === 0) continue;
    const end = m.index + m[0].length;
    insert(figures, figure(text, end - n.length - 1, end, 'money', value, 'CNY'));
  }
}

/** 半个百分点, 一个半百分点 (1.5), 两个多百分点 (about 2): percentage points with a half or an "over". */
const HALF_POINT_RE = /(?:((?<![0-9０-９])[0-9０-９]+(?:[.．][0-9０-９]+)?|(?<![零一二两三四五六七八九十])[零一二两三四五六七八九十]+)个([半多])|半个)百分点/g;

function halfPoints(text: string, figures: FigureSpan[]): void {
  if (!text.includes('百分点')) return;
  for (const m of text.matchAll(HALF_POINT_RE)) {
    let value = 0.5;
    let approx = false;
    if (m[1] !== undefined) {
      const n = parseArabic(m[1]) ?? parseChineseNumeral(m[1]);
      if (n === null) continue;
      value = m[2] === '半' ? n + 0.5 : n;
      approx = m[2] === '多';
    }
    const f = figure(text, m.index, m.index + m[0].length, 'percent', value, 'pp');
    f.approx = approx;
    insert(figures, f, true);
  }
}

/** 百分之三十到五十: the second side of a range of percentages, which borrows 百分之 from the first. */
const PERCENT_RANGE_RE = /(?:到|至|~|～|〜|－|-|—|–)([零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?)(?![0-9０-９零〇一二两三四五六七八九十百千万亿点.．%％]|个|[年月日天岁人元])/y;

function percentRanges(text: string, figures: FigureSpan[]): void {
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i] as FigureSpan;
    if (f.kind !== 'percent' || f.unit !== '%' || !/^[负]?[百千万]分之/.test(f.text)) continue;
    PERCENT_RANGE_RE.lastIndex = f.end;
    const m = PERCENT_RANGE_RE.exec(text);
    if (m === null) continue;
    const n = m[1] as string;
    const v = parseArabic(n) ?? parseChineseNumeral(n);
    if (v === null) continue;
    const per = f.text.startsWith('千') ? 10 : f.text.startsWith('万') ? 100 : 1;
    const start = f.end + m[0].length - n.length;
    insert(figures, figure(text, start, start + n.length, 'percent', v / per, '%'));
  }
}

/** A character every one of these forms has (one scan skips the text that has none). */
const CJK_FORMS_CHARS = /[折两度块点之]/;

/** Adds the discounts and weights in 两 of `text` to `figures` (sorted, non-overlapping); `figures` is changed. */
export function readCjkForms(text: string, figures: FigureSpan[]): FigureSpan[] {
  if (!CJK_FORMS_CHARS.test(text)) return figures;
  discounts(text, figures);
  liang(text, figures);
  degrees(text, figures);
  kuai(text, figures);
  halfPoints(text, figures);
  if (text.includes('分之')) percentRanges(text, figures);
  return figures;
}
