// The figure scanner: one pass of one precompiled regex over the text finds number cores (Arabic, Chinese,
// English words, 百分之…); each core is then read forwards (scale, unit, 以上) and backwards (currency sign,
// 约/超过/about, 第) with sticky regexes and plain character tests, so nothing big is allocated per call.
//
// Ranges (15%至20%, 3-5 million, 3至5年, 10万-20万元) come out as two figures; the first side, when it has no
// unit or scale of its own, takes the second side's (3-5 million → 3e6 and 5e6), so each figure stands alone.
import type { FigureKind, FigureSpan } from '../types';
import { charIn, charIs, endsWithAny, grouped, isAsciiAlnum, isAsciiLetter, isDigit, isHan, matchAt, scaled } from './chars';
import { DURATION_CONTEXT, readCalendar, readEnglishDate, readMarked } from './dates';
import { applyBefore, readFraction, single, type Draft, type Read } from './draft';
import { readBareInWords } from './english-context';
import { englishUnit, readEnglishUnit } from './english-unit';
import { readChinesePercent, readEnglishFraction } from './fractions';
import { readTail } from './tails';
import { arabicValue, isChineseDigitString, parseChineseNumeral, parseEnglishNumber, readArabic, type ArabicNumeral } from './numerals';
import { CORE_AT_RE, Core, coreType, FRACTION_TAIL_RE, nextCore } from './scan';
import {
  CJK_SCALE_POW,
  CJK_SCALE_RE,
  cjkUnitWordAt,
  CURRENCY_PREFIX_RE,
  cjkUnit,
  englishWordUnit,
  prefixCurrency,
  type UnitInfo,
} from './units';
import { MID_APPROX } from './modifiers';
import { NOT_AFTER_CHENG } from './zh-percent';

/** A currency code right against the number (USD115): the one case where a letter may touch a figure. */
const GLUED_CODE_RE = /(?<![A-Za-z])(?:USD|EUR|GBP|RMB|CNY|JPY|HKD|AUD|CAD|CHF)$/;
const RANGE_SEP_RE = /\s*(?:-|–|—|~|～|〜|至|到|－)\s*|\s+to\s+/y;

/** A unit-like word before the number: aged 45, magnitude 6.8. */
const PREFIX_UNIT_RE = /(?<![A-Za-z])(aged|magnitude)[ -]?$/i;
/** Scale words that stand for a number on their own (突破百亿元, 千余人). */
const BARE_SCALE: Record<string, number> = { 百万: 1e6, 千万: 1e7, 百亿: 1e10, 千亿: 1e11, 万亿: 1e12 };
const ONE_SCALE: Record<string, number> = { 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };

/** Words before 第 that make 第一 a rank (排名第一) rather than an enumeration (第一，…). */
const RANK_VERBS = ['排名', '排在', '位居', '名列', '位列', '跃居', '升至', '降至', '居', '排', '列', '夺得', '获得'];
/** Characters before a lone 一 that make it part of a word (统一, 唯一, 之一) rather than "one". */
const NOT_BEFORE_YI = '统唯万之同单专合划均逐第说看试';

/**
 * Whether text[from, s) may end in a currency sign or code (CURRENCY_PREFIX_RE): its last character before
 * spaces and tabs is a sign, an ASCII letter, "." (Rs.) or the last of a currency's name (人民币, 港元, 英镑). Most numbers have none of these before
 * them, and are spared cutting the string and running the regex.
 */
function mayEndCurrency(text: string, from: number, s: number): boolean {
  let p = s;
  while (p > from && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  if (p === from) return false;
  const c = text.charCodeAt(p - 1);
  return isAsciiLetter(c) || c === 46 || charIn('币元圆镑$€£¥￥₩₹₽₿', text, p - 1);
}

/** What cjkUnitAt found (one module-level record: readFigure runs for every number and allocates none). */
const unitHere: { info: UnitInfo | null; word: string; end: number } = { info: null, word: '', end: 0 };

/** Whether a Chinese unit word starts at `p` (into unitHere: its info, the word, and where it ends). */
function cjkUnitAt(text: string, p: number, type: Core): boolean {
  let m = cjkUnitWordAt(text, p);
  // "202107 美元", "1.5 个百分点": a space before a currency name or a percentage is still the same figure
  if (m === null && type === Core.Arabic && charIs(text, p, ' ')) {
    m = cjkUnitWordAt(text, p + 1);
    const kind = m === null ? undefined : cjkUnit(m)?.kind;
    if (kind !== 'money' && !(kind === 'percent' && m !== '成')) m = null;
    if (m !== null) p += 1;
  }
  if (m === null) return false;
  // 5年期间 is five years; 5年期 (a tenor: 5年期国债) is a name
  const word = m === '年期' && charIs(text, p + 2, '间') ? '年' : m;
  unitHere.info = cjkUnit(word) ?? null;
  unitHere.word = word;
  unitHere.end = p + word.length;
  return true;
}

/** Whether a Chinese numeral core text[s, e) has a decimal point (三点五). */
function hasPoint(text: string, s: number, e: number): boolean {
  for (let i = s + 1; i < e; i++) if (text.charCodeAt(i) === 0x70b9 /* 点 */) return true;
  return false;
}

/** Past a 多/余 between a number and its scale or unit (三百多万, 5万余吨): `pos` + 1, else `pos`. */
function midApprox(text: string, pos: number): number {
  const c = text[pos];
  if (c !== undefined && MID_APPROX.includes(c)) {
    const n = pos + 1;
    if (matchAt(CJK_SCALE_RE, text, n) !== null || cjkUnitWordAt(text, n) !== null) return n;
  }
  return pos;
}

/** Reads the figure whose number core is text[s, e); null when it is not a figure. */
function readFigure(text: string, type: Core, s: number, e: number, lastEnd: number, inRange: boolean): Read | null {
  if (type === Core.Percent) return readChinesePercent(text, s, e);
  if (type === Core.EnglishFraction) return readEnglishFraction(text, s, e);
  if (type === Core.Fan) {
    const n = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 }[text[e - 2] as '一'] ?? 1;
    return single({ start: s, end: e, kind: 'multiple', value: 2 ** n, unit: null, approx: false, bound: null });
  }

  let arabic: ArabicNumeral | null = null;
  let bareScale = false;
  let cn = 0;
  let base = 0;
  if (type === Core.Arabic) {
    arabic = readArabic(text.slice(s, e));
    if (arabic === null) return null;
    const prev = s > 0 ? text.charCodeAt(s - 1) : 0;
    const gluedCode = isAsciiLetter(prev) && GLUED_CODE_RE.test(text.slice(Math.max(0, s - 4), s));
    // identifiers, versions, paths, times: B2B, v2.3, /12, 10:30, #3, a=5
    if ((isAsciiAlnum(prev) && !gluedCode) || charIn('_./@#:=&?\\%', text, s - 1)) return null;
    if (prev === 45 /* - */ && !inRange && s > 1 && (isAsciiAlnum(text.charCodeAt(s - 2)) || isDigit(text.charCodeAt(s - 2)))) {
      return null;
    }
    const next = text.charCodeAt(e);
    if ((next === 46 || next === 58 || next === 47 || next === 0xff0e) && isDigit(text.charCodeAt(e + 1))) return null;
    const intLen = arabic.digits.length - arabic.decimals;
    if (intLen > 1 && arabic.digits.charCodeAt(0) === 48) return null; // 010-…, 007: codes, not quantities
    base = arabicValue(arabic);
    if (!inRange && arabic.decimals === 0 && !grouped(text, s, e)) {
      const date = readEnglishDate(text, s, e, base, lastEnd);
      if (date !== null) return date;
    }
  } else if (type === Core.Chinese) {
    if (text.startsWith('分之', e)) {
      const tail = matchAt(FRACTION_TAIL_RE, text, e + 2);
      return tail === null ? null : readChinesePercent(text, s, e + 2 + tail[0].length);
    }
    // 五十兆字节, 一百千瓦: a trailing 兆/千 that opens a unit belongs to the unit.
    const last = text[e - 1];
    if ((last === '兆' || last === '千') && e - s > 1) {
      const m = cjkUnitWordAt(text, e - 1);
      if (m !== null && m.length > 1) e -= 1;
    }
    // 几十个, 数百家: "some tens", no figure
    if (charIn('几数', text, s - 1)) return null;
    const core = text.slice(s, e);
    const numeral = parseChineseNumeral(core);
    bareScale = numeral === null;
    const v = numeral ?? BARE_SCALE[core] ?? (charIn(MID_APPROX, text, e) ? ONE_SCALE[core] : undefined);
    if (v === undefined || v === null || v === 0) return null;
    cn = v;
    base = v;
  } else {
    const v = parseEnglishNumber(text.slice(s, e));
    if (v === null) return null;
    base = v;
  }

  let pos = e;
  let approx = false;
  let bound: 'min' | 'max' | null = null;
  let pow = 0;
  let info: UnitInfo | null = null;
  let unitWord = '';
  let scaleAbbrOk = false;

  // currency sign or code before the number ($4.2, US$, HK$ 10, €2)
  let currency: string | null = null;
  let start = s;
  if (type !== Core.Chinese) {
    const from = Math.max(lastEnd, s - 10);
    const m = mayEndCurrency(text, from, s) ? CURRENCY_PREFIX_RE.exec(text.slice(from, s)) : null;
    if (m !== null) {
      currency = prefixCurrency(m[0]);
      start = from + m.index;
      scaleAbbrOk = true;
    }
  }

  if (type !== Core.English) {
    // cjkUnitAt and midApprox are module functions, not closures: a closure here would move pos, info and the
    // other locals it touches into a heap context for the whole of readFigure, which runs for every number.
    const coreEnd = pos;
    pos = midApprox(text, pos);
    if (pos !== coreEnd) approx = true;
    if (cjkUnitAt(text, pos, type)) {
      info = unitHere.info;
      unitWord = unitHere.word;
      pos = unitHere.end;
    } else {
      const sc = matchAt(CJK_SCALE_RE, text, pos);
      // a Chinese numeral carries its own 万/亿; a second scale only after 多/余 (三百多万)
      const megaNotMoney = sc !== null && sc[0] === '兆' && cjkUnit(cjkUnitWordAt(text, pos + 1) ?? '')?.kind !== 'money';
      // …and a decimal one takes its scale after (三点五亿元, 二点五万吨)
      const decimalCn = type === Core.Chinese && sc !== null && hasPoint(text, s, e);
      if (sc !== null && !megaNotMoney && (type === Core.Arabic || approx || decimalCn)) {
        pow = CJK_SCALE_POW[sc[0]] ?? 0;
        pos += sc[0].length;
        const scaleEnd = pos;
        pos = midApprox(text, pos);
        if (pos !== scaleEnd) approx = true;
        if (cjkUnitAt(text, pos, type)) {
          info = unitHere.info;
          unitWord = unitHere.word;
          pos = unitHere.end;
        } else if (charIs(text, pos, '度') && pow >= 4) {
          // 45亿度: electricity counted in 度 (kWh); no temperature runs to 万
          info = cjkUnit('度电') ?? null;
          unitWord = '度';
          pos++;
        }
      }
    }
  }

  if (info === null && type !== Core.Chinese) {
    readEnglishUnit(text, pos, pow, unitWord, currency, scaleAbbrOk);
    pos = englishUnit.pos;
    pow = englishUnit.pow;
    info = englishUnit.info;
    unitWord = englishUnit.word;
  }

  if (info === null && pow === 0 && currency === null && type !== Core.Chinese && (charIs(text, s - 1, ' ') || charIs(text, s - 1, '-'))) {
    const m = PREFIX_UNIT_RE.exec(text.slice(Math.max(lastEnd, s - 10), s));
    if (m !== null) {
      const word = (m[1] as string).toLowerCase();
      info = englishWordUnit(word === 'aged' ? 'years old' : word) ?? null;
      unitWord = word;
      start = s - m[0].length;
    }
  }

  const unitInfo = info as UnitInfo | null;
  let kind: FigureKind;
  let unit: string | null;

  // 第11位, 第3名, 排名第一: ranks; 第1版, 第一批, 第3次: ordinals, never figures
  if (charIs(text, s - 1, '第') && type !== Core.English) {
    if (unitInfo !== null) {
      if (unitWord !== '位' && unitWord !== '名') return null;
    } else {
      const next = text.charCodeAt(pos);
      if (isHan(next) || isAsciiLetter(next)) return null;
      if (type === Core.Chinese && !endsWithAny(text, s - 1, RANK_VERBS)) return null;
    }
    if (type === Core.Chinese && isChineseDigitString(text.slice(s, e)) && e - s > 1) return null;
    return single({ start: s - 1, end: pos, kind: 'rank', value: base, unit: null, approx: false, bound: null });
  }

  if (unitInfo === null) {
    // no unit: perhaps the first side of a range that names its unit on the other side
    if (!inRange) {
      const r = readRange(text, start, pos, base, arabic, cn, pow, lastEnd, currency, type);
      if (r !== null) return r;
    }
    if (currency !== null) {
      kind = 'money';
      unit = currency;
    } else {
      // 一半的县区, 超过一半: half of a whole (not 另一半, 一半天)
      if (type === Core.Chinese && e - s === 1 && charIs(text, s, '一') && charIs(text, pos, '半') && !charIn('另之', text, s - 1) &&
        !charIn('天年月个小', text, pos + 1)) {
        return readFraction(text, s, pos + 1, 0.5, Core.Chinese);
      }
      if (type !== Core.Arabic || arabic === null) return null;
      const next = text.charCodeAt(pos);
      const plainInt = arabic.decimals === 0 && pow === 0 && !grouped(text, s, e);
      if (plainInt && e - s === 4 && base >= 1000 && base <= 2100 && base % 10 === 0 && charIs(text, pos, 's') && !isAsciiLetter(text.charCodeAt(pos + 1))) {
        return single({ start: s, end: pos + 1, kind: 'date', value: base, unit: null, approx: false, bound: null }); // 1990s
      }
      if (isAsciiLetter(next)) return null; // 5G, 3D, 15th
      if (arabic.decimals === 0 && pow === 0 && !inRange && (charIs(text, s - 1, ' ') || charIs(text, pos, ' '))) {
        const read = readBareInWords(text, type, s, e, pos, start, lastEnd, base, plainInt, approx, bound);
        if (read !== undefined) return read;
      }
      const meaningful = arabic.decimals > 0 || grouped(text, s, e) || pow > 0;
      if (!meaningful) {
        return inRange ? { figures: [], bare: true, pow: 0, unitInfo: null, currency: null } : null;
      }
      const fig: Draft = { start, end: pos, kind: 'number', value: arabicValue(arabic, pow), unit: null, approx, bound };
      applyBefore(text, fig, type);
      return { figures: [fig], bare: pow === 0, pow, unitInfo: null, currency: null };
    }
  } else {
    if (unitInfo.kind === 'kill') return readMarked(text, s, e, pos, unitWord, arabic, base);
    kind = unitInfo.kind;
    unit = unitInfo.unit;
    // the sign or name before says which dollar or yuan: US$5, 港币500万元
    if (kind === 'money' && currency !== null && (unit === 'USD' || unit === null || unitWord === '元')) unit = currency;
    if (kind === 'quantity' && unit === 'lb' && pow >= 6) {
      kind = 'money'; // "361 million pounds" is sterling; "25 pounds" is weight
      unit = 'GBP';
    }
    if (kind === 'money' && unitWord.endsWith('元') && charIs(text, pos, '化')) return null; // 一元化
    if (kind === 'money' && (charIs(text, pos, '/') || charIs(text, pos, '／'))) {
      // 3850元/吨, 10520元/平方米, 80美元/桶: a price per unit
      const per = cjkUnitWordAt(text, pos + 1);
      const perInfo = per === null ? undefined : cjkUnit(per);
      if (per !== null && perInfo !== undefined && perInfo.kind !== 'kill' && perInfo.kind !== 'money' && perInfo.kind !== 'percent') {
        unit = `${unit}/${perInfo.kind === 'quantity' || perInfo.kind === 'duration' ? perInfo.unit : per}`;
        pos += 1 + per.length;
      } else if (per === null && isHan(text.charCodeAt(pos + 1)) && !isHan(text.charCodeAt(pos + 2))) {
        unit = `${unit}/${text[pos + 1] as string}`; // 1.2元/股: a unit word of one character
        pos += 2;
      }
    }
  }

  // "one day", "one year": idioms far more often than durations
  if (type === Core.English && base === 1 && kind !== 'money' && kind !== 'quantity' && kind !== 'percent') return null;

  // Chinese numerals are figures only in a figure's form (三百二十万元, 十九亿吨, 两成), never in fixed words
  if (type === Core.Chinese) {
    const core = text.slice(s, e);
    const digitString = core.length > 1 && isChineseDigitString(core);
    if (digitString && !(unitWord === '年' && core.length === 4)) return null;
    if (unitInfo !== null && unitInfo.weak === true && unitWord !== '成') return null;
    if (core === '一' || core === '壹') {
      const yearAndHalf = kind === 'duration' && charIs(text, pos, '半');
      // 一成 is a tenth (下跌近一成, 仅一成) unless 一 closes a word (统一成, 唯一成员) or 成 opens one (一成不变, 一成年人)
      const share =
        (unitWord === '成' && !charIn(NOT_BEFORE_YI, text, s - 1) && !charIn('不年套片', text, pos)) ||
        unitWord === '个百分点' || unitWord === '百分点'; // 下降一个百分点
      if (kind !== 'money' && kind !== 'quantity' && kind !== 'multiple' && !yearAndHalf && !share) return null;
      if (charIn(NOT_BEFORE_YI, text, s - 1)) return null;
    }
    if (kind === 'count' && cn < 10 && pow === 0) return null;
    // 突破百亿元, 千万吨 are amounts; 百万人互游 and 千万家庭 are slogans unless counted (千余人)
    if (bareScale && !approx && kind !== 'money' && kind !== 'quantity') return null;
    if (kind === 'duration' && !digitString && ((cn < 2 && !charIs(text, pos, '半')) || unitWord === '月' || unitWord === '日')) {
      if (!(unitWord === '日' && endsWithAny(text, start, DURATION_CONTEXT))) return null;
    }
  }
  if (unitWord === '成') {
    if ((cn === 1 && (charIn(NOT_BEFORE_YI, text, s - 1) || charIn('不年套片', text, pos))) || charIn(NOT_AFTER_CHENG, text, pos)) return null;
    if (text.startsWith('年人', pos)) return null; // 三成年人: three adults (成年人), not 30% (三成年轻人 is)
    // 9.5成 and ２.５成 are 95% and 25%; 12成 or 1.25成 is no share
    if (arabic !== null && (arabic.decimals > 1 || base > 10)) return null;
  }

  const value: number | null = arabic !== null ? arabicValue(arabic, pow + (unitInfo?.pow ?? 0)) : scaled(base, pow + (unitInfo?.pow ?? 0));

  // 年 / 月 / 日: a year or a date versus a span of time
  if (unitWord === '年' || unitWord === '月' || unitWord === '日') {
    const date = readCalendar(text, type, s, e, pos, unitWord, arabic, base, pow, approx);
    if (date !== undefined) return date;
  }

  const fig: Draft = { start, end: pos, kind, value, unit, approx, bound };
  readTail(text, fig, type, unitWord, arabic, base, pow);
  if (!inRange) applyBefore(text, fig, type);
  return { figures: [fig], bare: false, pow, unitInfo, currency };
}

/** 3-5 million, 3至5年, 10万-20万元: the second side names the unit (and scale) for both. */
function readRange(
  text: string,
  s: number,
  pos: number,
  base: number,
  arabic: ArabicNumeral | null,
  cn: number,
  pow: number,
  lastEnd: number,
  currency: string | null,
  firstType: Core,
): Read | null {
  const sep = matchAt(RANGE_SEP_RE, text, pos);
  if (sep === null) return null;
  const bStart = pos + sep[0].length;
  const core = matchAt(CORE_AT_RE, text, bStart);
  if (core === null || core[1] !== undefined || core[2] !== undefined || core[3] !== undefined) return null;
  if (core[6] !== undefined) return null;
  const type = core[4] !== undefined ? Core.Arabic : core[5] !== undefined ? Core.Chinese : Core.English;
  const b = readFigure(text, type, bStart, bStart + core[0].length, lastEnd, true);
  if (b === null || b.figures.length !== 1 || b.bare) return null;
  const second = b.figures[0] as Draft;
  if (second.kind === 'rank') return null;
  if (currency !== null && second.kind === 'number') {
    second.kind = 'money'; // $3-5 million
    second.unit = currency;
  }
  const firstPow = pow !== 0 ? pow : b.pow;
  const unitPow = b.unitInfo?.pow ?? 0;
  const value = arabic !== null ? arabicValue(arabic, firstPow + unitPow) : scaled(cn || base, firstPow + unitPow);
  const first: Draft = {
    start: s,
    end: pos,
    kind: second.kind,
    value: second.kind === 'date' ? (second.value === null ? null : base) : value,
    unit: second.unit,
    approx: false,
    bound: null,
  };
  applyBefore(text, first, firstType);
  return { figures: [first, second], bare: false, pow: b.pow, unitInfo: b.unitInfo, currency };
}

/** All figures of a text, in order, without overlaps. */
export function recognise(text: string): FigureSpan[] {
  const out: FigureSpan[] = [];
  let lastEnd = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = nextCore(text, from)) !== null) {
    const after = m.index + m[0].length;
    from = after;
    if (m[1] !== undefined) continue;
    const s = m.index;
    const type = coreType(m);
    const r = readFigure(text, type, s, s + m[0].length, lastEnd, false);
    if (r !== null) {
      for (const f of r.figures) {
        if (f.start < lastEnd || f.end <= f.start) continue;
        out.push({
          text: text.slice(f.start, f.end),
          kind: f.kind,
          value: f.value,
          unit: f.unit,
          approx: f.approx,
          bound: f.bound,
          start: f.start,
          end: f.end,
        });
        lastEnd = f.end;
      }
    }
    from = Math.max(after, lastEnd);
  }
  return out;
}
