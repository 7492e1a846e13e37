// The figure scanner: one pass of one precompiled regex over the text finds number cores (Arabic, Chinese,
// English words, 百分之…); each core is then read forwards (scale, unit, 以上) and backwards (currency sign,
// 约/超过/about, 第) with sticky regexes and plain character tests, so nothing big is allocated per call.
//
// Ranges (15%至20%, 3-5 million, 3至5年, 10万-20万元) come out as two figures; the first side, when it has no
// unit or scale of its own, takes the second side's (3-5 million → 3e6 and 5e6), so each figure stands alone.
import type { FigureKind, FigureSpan } from '../types';
import {
  EN_NUMBER_WORDS,
  arabicValue,
  isChineseDigitString,
  parseChineseNumeral,
  parseEnglishNumber,
  readArabic,
  type ArabicNumeral,
} from './numerals';
import {
  CJK_SCALE_POW,
  CJK_SCALE_RE,
  cjkUnitWordAt,
  CURRENCY_PREFIX_RE,
  EN_SCALE_ABBR_RE,
  EN_SCALE_ABBR_SURE,
  EN_SCALE_POW,
  EN_SCALE_RE,
  EN_SYMBOL_UNIT_RE,
  EN_WORD_UNIT_RE,
  cjkUnit,
  englishSymbolUnit,
  englishWordUnit,
  prefixCurrency,
  type UnitInfo,
} from './units';
import { AFTER_MEANING, AFTER_RE, MID_APPROX, cjkModifierBefore, englishModifierBefore } from './modifiers';
import { NOT_AFTER_CHENG, readWrittenPercent } from './zh-percent';

const CN_NUM = '零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万萬亿億兆';
const CN_DIG = '零〇一二两三四五六七八九';
const CN_DIGIT_VALUE = [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9];
// Thousands are grouped with "," and, between full-width digits, with "，" (１１１，１１１); decimals with "." or "．".
// Indian grouping (12,34,567.89: lakhs and crores) is read whole rather than from its last group. A middle dot is
// a decimal point in older Chinese print (3·2％) before a percentage only (9·11 is a date).
const ARABIC =
  '(?:[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])|[0-9０-９]+(?:(?:,[0-9]{3}|(?<=[０-９])，[０-９]{3})(?![0-9０-９]))*)' +
  '(?:(?:[.．]|·(?=[0-9０-９]+(?:[%％]|个百分点)))[0-9０-９]+)?';

const EN_FRACTION_WORDS = 'halves|half|thirds|third|quarters|quarter|fifths|fifth|sixths|sixth|eighths|eighth|tenths|tenth';

const CORE_SOURCE =
  // 1: URLs and e-mail addresses, skipped whole so their digits are never figures
  '((?:https?://|www\\.)[^\\s，。、；！？“”（）<>]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)' +
  // 2: 百分之八, 千分之三, 万分之五 and 半成 (other fractions, 三分之一, are read on from a Chinese numeral)
  `|((?:百分之|千分之|万分之)[ \u3000]?负?(?:${ARABIC}|[${CN_NUM}]+(?:点[${CN_DIG}]+)?)|半成)` +
  // 3: 翻一番, 翻两番
  '|(翻了?[一两二三四]番)' +
  // 4: Arabic
  `|(${ARABIC})` +
  // 5: Chinese numerals
  `|([${CN_NUM}]+(?:点[${CN_DIG}]+)?)` +
  // 6: English fractions of a whole: a third of, two-thirds of, half of
  // (whether "of" follows or "by" comes before is read after the match: no lookbehind in the scanning regex)
  `|\\b((?:a|one|two|three|four|five|six|seven|eight|nine)[\\s-](?:${EN_FRACTION_WORDS})\\b|half(?:\\s+an?(?=\\s+[a-z])|(?=\\s+of\\b)))` +
  // 7: English number words
  `|\\b((?:${EN_NUMBER_WORDS})(?:[\\s-]+(?:and[\\s-]+)?(?:${EN_NUMBER_WORDS}))*)\\b`;

/** The numerator after 分之 (三分之一, 五分之2). */
const FRACTION_TAIL_RE = new RegExp(`(?:${ARABIC}|[${CN_NUM}]+(?:点[${CN_DIG}]+)?)`, 'y');
const CORE_AT_RE = new RegExp(CORE_SOURCE, 'iy');
/** The scanner's own sticky copy (CORE_AT_RE is used while a match is being read). */
const CORE_SCAN_RE = new RegExp(CORE_SOURCE, 'iy');

/**
 * Characters a core match can start with: always (digits, Chinese numerals, 翻, the e-mail characters ._%+-, h and
 * w of URLs), as a bit per UTF-16 unit (8 KB, which stays in cache where a byte per unit, 64 KB, is read cold at
 * nearly every character of a Chinese text); other ASCII letters start a match only at a word boundary (an
 * e-mail address is found from the start of its run). Scanning for these and trying the sticky regex only there
 * finds the same leftmost matches as the global regex, which tries every position of a Chinese text.
 */
const CORE_START_BITS = ((): Uint8Array => {
  const bits = new Uint8Array(0x10000 >> 3);
  for (const ch of `0123456789０１２３４５６７８９${CN_NUM}翻半._%+-hHwW`) {
    const c = ch.charCodeAt(0);
    bits[c >> 3]! |= 1 << (c & 7);
  }
  return bits;
})();

/** 1: a match may start here; 2: only at a word boundary (an ASCII letter); 0: never. */
function coreStart(c: number): number {
  if ((CORE_START_BITS[c >> 3]! >> (c & 7)) & 1) return 1;
  return c < 0x80 && isAsciiLetter(c) ? 2 : 0;
}

function isWordChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 95;
}

/** The leftmost core match at or after `from` (what a global regex of CORE_SOURCE finds from `from`). */
function nextCore(text: string, from: number): RegExpExecArray | null {
  const re = CORE_SCAN_RE;
  for (let i = from; i < text.length; i++) {
    const start = coreStart(text.charCodeAt(i));
    // A letter inside a word starts no match, bar an e-mail address, which is tried from the run's start or
    // from `from`, whichever is later.
    if (start === 0 || (start === 2 && i > from && isWordChar(text.charCodeAt(i - 1)))) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (m !== null) return m;
  }
  return null;
}

const enum Core {
  Percent,
  Fan,
  Arabic,
  Chinese,
  English,
  EnglishFraction,
}

/** What may stand before a "-" or "+" that is a sign (温度-3℃, ( -5%, 增长+5%) rather than a hyphen, a range or a sum. */
const MINUS_AFTER = /[\s(（:：\u3400-\u9fff]/;
/** A currency code right against the number (USD115): the one case where a letter may touch a figure. */
const GLUED_CODE_RE = /(?<![A-Za-z])(?:USD|EUR|GBP|RMB|CNY|JPY|HKD|AUD|CAD|CHF)$/;
const RANGE_SEP_RE = /\s*(?:-|–|—|~|～|〜|至|到|－)\s*|\s+to\s+/y;
const DATE_AFTER_YEAR_RE = /([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})[日号])?/y;
const DAY_AFTER_MONTH_RE = /([0-9０-９]{1,2})[日号]/y;
const SPACES_RE = /[ \t\u00a0]{1,3}/y;
const HYPHEN_OR_SPACES_RE = /-|[ \t\u00a0]{1,3}/y;
const EN_AFTER_RE = /[ \t]?(or more|or less|or so)(?![A-Za-z])/y;

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** A month name right before a day or a year (March 15, Sept. 2023); capitalised, so "may 5" stays a verb. */
const MONTH_BEFORE_RE = new RegExp(`(?<![A-Za-z])(?:${MONTHS})\\.? $`);
/** A month name after a day (4 July, 15th of March). */
const MONTH_AFTER_RE = new RegExp(`(?:st|nd|rd|th)?(?: of)? (?:${MONTHS})(?![A-Za-z])`, 'y');
const ORDINAL_SUFFIX_RE = /(?:st|nd|rd|th)(?![A-Za-z0-9])/y;
const YEAR_AFTER_DAY_RE = /,? ([12][0-9]{3})(?![0-9A-Za-z])/y;
/** Words right before a four-digit number that make it a year (in 2019, since 1998, by 2030). */
const YEAR_CONTEXT_RE =
  /(?<![A-Za-z])(?:in|since|by|until|till|from|during|before|after|through|throughout|between|early|late|mid-|summer|winter|spring|autumn|fall|(?:half|quarter|end|start|beginning|middle|class) of)\s*$/i;
/** "2019 to 2023", "2019 and 2021", "2019-2023": the second year of a pair. */
const YEAR_PAIR_RE = /(?<![0-9])[12][0-9]{3}\s*(?:to|and|or|-|–|—)\s*$/;
/** "Mr Smith, 54, said": an age in apposition to a name. */
const NAME_COMMA_RE = /(?<![A-Za-z])[A-Z][a-z'’.-]*\s[A-Z][a-z'’-]+, $/;
/** What follows such an age: ", said", ", who" (a lower-case word), not another number of a list. */
const AFTER_AGE_RE = /, [a-z]/y;
/** A unit-like word before the number: aged 45, magnitude 6.8. */
const PREFIX_UNIT_RE = /(?<![A-Za-z])(aged|magnitude)[ -]?$/i;
/** Casualty reports name people by a bare number: killed at least 15, 40 were injured. */
const HARM_BEFORE_RE =
  /(?<![A-Za-z])(?:killed|killing|injured|injuring|wounded|wounding|arrested|detained|evacuated|rescued|displaced|death toll (?:rose |climbed |rising )?to)\s+(?:(?:at least|more than|nearly|almost|about|around|some|over|another|up to)\s+)?$/i;
const HARM_AFTER_RE =
  /\s+(?:others?\s+|more\s+|people\s+)?(?:were\s+|have been\s+|had been\s+|are\s+|was\s+)?(?:killed|dead|injured|wounded|missing|hurt|arrested|detained)(?![A-Za-z])/y;
/** After a number with 级: an earthquake (3.2级地震), not a grade (5A级, 10级台阶). */
const QUAKE_AFTER_RE = /(?:级)?(?:左右的|的)?(?:地震|余震|强震|浅源地震)/y;
const QUAKE_BEFORE = ['里氏', '震级', '震级为', '震级达'];
/** A time of day after a number: 8时, 8时30分, 8点30分, 8点半. */
const TIME_AFTER_RE = /([0-9０-９]{1,2})(?:时(?:([0-9０-９]{1,2})分)?|点(?:([0-9０-９]{1,2})分|半))/y;
const MINUTES_AFTER_RE = /([0-9０-９]{1,2})分/y;
/** Scale words that stand for a number on their own (突破百亿元, 千余人). */
const BARE_SCALE: Record<string, number> = { 百万: 1e6, 千万: 1e7, 百亿: 1e10, 千亿: 1e11, 万亿: 1e12 };
const ONE_SCALE: Record<string, number> = { 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };

/** Words before a number with 年/日 that make it a span of time (为期5天, 近20年, 用了3年), not a date. */
const DURATION_CONTEXT = ['为期', '历时', '用了', '用时', '长达', '连续', '耗时', '经过', '整整', '已有', '过去', '未来', '近', '多', '满'];
/** Words before 第 that make 第一 a rank (排名第一) rather than an enumeration (第一，…). */
const RANK_VERBS = ['排名', '排在', '位居', '名列', '位列', '跃居', '升至', '降至', '居', '排', '列', '夺得', '获得'];
/** Characters before a lone 一 that make it part of a word (统一, 唯一, 之一) rather than "one". */
const NOT_BEFORE_YI = '统唯万之同单专合划均逐第说看试';

interface Draft {
  start: number;
  end: number;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  approx: boolean;
  bound: 'min' | 'max' | null;
}

interface Read {
  figures: Draft[];
  /** When the core had neither unit nor scale (a range's first side may borrow them). */
  bare: boolean;
  pow: number;
  unitInfo: UnitInfo | null;
  currency: string | null;
}

/** Whether text[s, e) groups its thousands (1,234 or １，２３４): a written amount, not a code or a year. */
function grouped(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c) return true;
  }
  return false;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
function isHan(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** Whether text[i] is `ch` (by code: indexing a string cuts a new one-character string for most characters). */
function charIs(text: string, i: number, ch: string): boolean {
  return text.charCodeAt(i) === ch.charCodeAt(0);
}

/** Whether text[i] is one of the characters of `set` (false past either end of the text). */
function charIn(set: string, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true;
  return false;
}

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

function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (at >= w.length && text.startsWith(w, at - w.length)) return true;
  return false;
}

function scaled(v: number, pow: number): number {
  return pow === 0 ? v : Number((v * 10 ** pow).toPrecision(15));
}

function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
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
    // English scale and unit: "4.2 billion", "$4.2bn", "12-cent", "3 percent", "168cm"
    let p = pos;
    if (pow === 0) {
      const sp = matchAt(SPACES_RE, text, p);
      const q = sp === null ? p : p + sp[0].length;
      const sc = matchAt(EN_SCALE_RE, text, q);
      if (sc !== null) {
        pow = EN_SCALE_POW[(sc[1] as string).toLowerCase()] ?? 0;
        p = q + sc[0].length;
      } else {
        const ab = matchAt(EN_SCALE_ABBR_RE, text, p);
        // 4.2m is metres unless money or a count is named: $4.2m, 1.8M dollars, 2.3m people; 3bn is always a scale
        if (ab !== null && !scaleAbbrOk) {
          const after = p + ab[0].length;
          const w = matchAt(EN_WORD_UNIT_RE, text, after + (charIs(text, after, ' ') ? 1 : 0));
          const k = w === null ? undefined : englishWordUnit(w[0])?.kind;
          scaleAbbrOk = EN_SCALE_ABBR_SURE.has((ab[1] as string).toLowerCase()) || k === 'money' || k === 'count';
        }
        if (ab !== null && scaleAbbrOk) {
          pow = EN_SCALE_POW[(ab[1] as string).toLowerCase()] ?? 0;
          p += ab[0].length;
        }
      }
    }
    const sym = matchAt(EN_SYMBOL_UNIT_RE, text, p);
    if (sym !== null) {
      info = englishSymbolUnit(sym[0]) ?? null;
      unitWord = sym[0];
      p += sym[0].length;
    } else if (currency === null) {
      // after a currency sign the unit is known: "$ 20 $ 30", "rmb 10 usd 20" are two figures
      const gap = matchAt(HYPHEN_OR_SPACES_RE, text, p);
      const q = gap === null ? p : p + gap[0].length;
      if (gap === null || gap[0] !== '-' || pow === 0) {
        const w = matchAt(EN_WORD_UNIT_RE, text, q);
        if (w !== null) {
          info = englishWordUnit(w[0]) ?? null;
          unitWord = w[0];
          p = q + w[0].length;
        } else {
          const s2 = matchAt(EN_SYMBOL_UNIT_RE, text, q);
          // a symbol after a space: "10 $", "100 ₡", "1.6 km", "12 m" (a lone letter only before a non-letter)
          if (s2 !== null && gap !== null && gap[0] !== '-') {
            info = englishSymbolUnit(s2[0]) ?? null;
            unitWord = s2[0];
            p = q + s2[0].length;
          }
        }
      }
    }
    if (info !== null || pow !== 0) pos = p;
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
        const before = text.slice(Math.max(lastEnd, s - 24), s);
        const yearLike = plainInt && e - s === 4 && base >= 1800 && base <= 2100;
        if (yearLike && (YEAR_CONTEXT_RE.test(before) || YEAR_PAIR_RE.test(text.slice(Math.max(0, s - 12), s)))) {
          return single({ start: s, end: pos, kind: 'date', value: base, unit: null, approx: false, bound: null });
        }
        if (plainInt && e - s === 2 && matchAt(AFTER_AGE_RE, text, pos) !== null && NAME_COMMA_RE.test(before)) {
          return single({ start: s, end: pos, kind: 'quantity', value: base, unit: 'age', approx: false, bound: null });
        }
        if (HARM_BEFORE_RE.test(before) || matchAt(HARM_AFTER_RE, text, pos) !== null) {
          const fig: Draft = { start, end: pos, kind: 'count', value: base, unit: 'people', approx, bound };
          applyBefore(text, fig, type);
          return single(fig);
        }
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

  let value: number | null = arabic !== null ? arabicValue(arabic, pow + (unitInfo?.pow ?? 0)) : scaled(base, pow + (unitInfo?.pow ?? 0));

  // 年 / 月 / 日: a year or a date versus a span of time
  if (unitWord === '年' || unitWord === '月' || unitWord === '日') {
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
  }

  // 9秒83: a race time, seconds and hundredths
  if (unitWord === '秒' && arabic !== null && arabic.decimals === 0 && isDigit(text.charCodeAt(pos)) && isDigit(text.charCodeAt(pos + 1)) &&
    !isDigit(text.charCodeAt(pos + 2))) {
    value = Number(`${base}.${text.slice(pos, pos + 2)}`);
    pos += 2;
  }
  // 一年半, 两米半
  if (charIs(text, pos, '半') && (kind === 'duration' || kind === 'quantity') && pow === 0 && value !== null) {
    value += 0.5;
    pos++;
  }
  // 三成半 (35%), 七成五 (75%): half a tenth, or one more digit of tenths
  if (unitWord === '成' && value !== null && (arabic === null || arabic.decimals === 0)) {
    const d = CN_DIG.indexOf(text[pos] ?? '');
    if (charIs(text, pos, '半')) {
      value += 5;
      pos++;
    } else if (d > 2 && !charIn(CN_NUM, text, pos + 1) && cjkUnitWordAt(text, pos + 1) === null && !isDigit(text.charCodeAt(pos + 1))) {
      value += CN_DIGIT_VALUE[d] as number; // 零〇一二两三… → their values
      pos++;
    } else if (arabic !== null && isDigit(text.charCodeAt(pos)) && !isDigit(text.charCodeAt(pos + 1)) && !charIn('.．,，%％', text, pos + 1) &&
      cjkUnitWordAt(text, pos + 1) === null) {
      value += text.charCodeAt(pos) % 16; // 4成5 (45%): '5' and '５' alike
      pos++;
    }
  }
  // 5年多, 3个月余
  if (kind === 'duration' && charIn(MID_APPROX, text, pos) && (!isHan(text.charCodeAt(pos + 1)) || charIn('来前后里间', text, pos + 1))) {
    approx = true;
    pos++;
  }
  const after = matchAt(AFTER_RE, text, pos);
  if (after !== null) {
    const mod = AFTER_MEANING[after[0]];
    if (mod !== undefined) {
      approx = approx || mod.approx;
      bound = mod.bound ?? bound;
      pos += after[0].length;
    }
  } else if (type !== Core.Chinese) {
    const en = matchAt(EN_AFTER_RE, text, pos);
    if (en !== null) {
      const mod = AFTER_MEANING[en[1] as string];
      if (mod !== undefined) {
        approx = approx || mod.approx;
        bound = mod.bound ?? bound;
        pos += en[0].length;
      }
    }
  }

  const fig: Draft = { start, end: pos, kind, value, unit, approx, bound };
  if (!inRange) applyBefore(text, fig, type);
  return { figures: [fig], bare: false, pow, unitInfo, currency };
}

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
function readMarked(
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
function readEnglishDate(text: string, s: number, e: number, n: number, lastEnd: number): Read | null {
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

function single(d: Draft): Read {
  return { figures: [d], bare: false, pow: 0, unitInfo: null, currency: null };
}

/** Modifiers and signs written before the figure: 约, 超过, about, more than; 负, minus. */
function applyBefore(text: string, fig: Draft, type: Core): void {
  let at = fig.start;
  if (type !== Core.English && charIs(text, at - 1, '负')) {
    fig.start = --at;
    if (fig.value !== null) fig.value = -fig.value;
  } else if (type !== Core.English && text.startsWith('零下', at - 2)) {
    fig.start = at -= 2; // 零下3℃
    if (fig.value !== null) fig.value = -fig.value;
  } else if (charIs(text, at - 1, '−') || (charIn('-－﹣', text, at - 1) && (at < 2 || MINUS_AFTER.test(text[at - 2] ?? '')))) {
    fig.start = --at;
    if (fig.value !== null) fig.value = -fig.value;
  } else if (charIn('+＋﹢', text, at - 1) && (at < 2 || MINUS_AFTER.test(text[at - 2] ?? ''))) {
    fig.start = --at; // ＋5％, rose +3.5%: a plus sign is the figure's too (1+5 is a sum)
  } else if (at >= 6 && text.charCodeAt(at - 1) === 32 && text.slice(at - 6, at).toLowerCase() === 'minus ') {
    fig.start = at -= 6;
    if (fig.value !== null) fig.value = -fig.value;
  }
  let mod = cjkModifierBefore(text, at);
  if (mod === null) {
    let p = at;
    while (p > 0 && charIs(text, p - 1, ' ')) p--;
    if (p > 0 && isAsciiLetter(text.charCodeAt(p - 1))) mod = englishModifierBefore(text, at, fig.kind === 'duration');
  }
  if (mod !== null) {
    fig.approx = fig.approx || mod.approx;
    fig.bound = fig.bound ?? mod.bound;
  }
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

/** 百分之八, 千分之三, 半成 and 三分之一 as zh-percent.ts reads them; a share takes the sign or modifier before it. */
function readChinesePercent(text: string, s: number, e: number): Read | null {
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
function readEnglishFraction(text: string, s: number, e: number): Read | null {
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

function readFraction(text: string, s: number, e: number, value: number, type: Core): Read {
  const fig: Draft = { start: s, end: e, kind: 'number', value, unit: null, approx: false, bound: null };
  applyBefore(text, fig, type);
  return single(fig);
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
    const type =
      m[2] !== undefined
        ? Core.Percent
        : m[3] !== undefined
          ? Core.Fan
          : m[4] !== undefined
            ? Core.Arabic
            : m[5] !== undefined
              ? Core.Chinese
              : m[6] !== undefined
                ? Core.EnglishFraction
                : Core.English;
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
