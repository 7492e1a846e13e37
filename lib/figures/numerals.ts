// Numerals as they appear in news text: Arabic (ASCII or full-width, with thousands separators and decimals),
// Chinese (一百二十三, 三百二十万, 十九亿, 三点五, 二〇二二) and English words (five million, forty-two).

/** An Arabic numeral read exactly: its digits without separators and how many of them are decimals. */
export interface ArabicNumeral {
  digits: string;
  decimals: number;
}

/** Reads `1,234.5`, `１２．５`, `１１１，１１１`, `0.75`, `3·2` (a middle dot as the point); null for anything else. */
export function readArabic(s: string): ArabicNumeral | null {
  let digits = '';
  let decimals = -1;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) c -= 0xfee0; // full-width digit
    if (c >= 48 && c <= 57) {
      digits += String.fromCharCode(c);
      if (decimals >= 0) decimals++;
    } else if (c === 46 || c === 0xff0e || c === 0xb7) {
      if (decimals >= 0) return null;
      decimals = 0;
    } else if (c !== 44 && c !== 0xff0c) {
      return null;
    }
  }
  if (digits === '' || decimals === 0) return null;
  return { digits, decimals: decimals < 0 ? 0 : decimals };
}

/**
 * The value of an Arabic numeral times 10^pow10, computed through the decimal string so that
 * 5842.2万 is exactly 58422000 rather than a binary rounding of it.
 */
export function arabicValue(n: ArabicNumeral, pow10 = 0): number {
  const exp = pow10 - n.decimals;
  // Up to 15 digits the integer and the power of ten are exact doubles, and one multiplication or division
  // rounds the exact result once, as parsing the decimal string does: the same number, without the string.
  if (n.digits.length <= 15 && exp >= -22 && exp <= 22) {
    let v = 0;
    for (let i = 0; i < n.digits.length; i++) v = v * 10 + (n.digits.charCodeAt(i) - 48);
    if (exp === 0) return v;
    if (exp < 0) return v / POW10[-exp]!;
    const r = v * POW10[exp]!;
    if (r <= Number.MAX_SAFE_INTEGER) return r;
  }
  return Number(`${n.digits}e${exp}`);
}

const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** Parses an Arabic numeral straight to a number (null when it is not one). */
export function parseArabic(s: string): number | null {
  const n = readArabic(s);
  return n === null ? null : arabicValue(n);
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };

/** Whether a Chinese numeral is a plain run of digits (二〇二二, 一一) rather than a counted number. */
export function isChineseDigitString(s: string): boolean {
  for (const ch of s) if (CN_DIGITS[ch] === undefined) return false;
  return true;
}

/**
 * Parses a Chinese numeral strictly (三百二十万 = 3200000, 十九亿 = 1.9e9, 一万零五百 = 10500, 三点五 = 3.5,
 * 二〇二二 = 2022). Returns null for runs that are not a well-formed number, such as 十四五 or 五六, so that
 * fixed words made of numeral characters are never read as figures.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s === '') return null;
  const dot = s.indexOf('点');
  if (dot >= 0) {
    const whole = parseChineseNumeral(s.slice(0, dot));
    const frac = s.slice(dot + 1);
    if (whole === null || frac === '' || !isChineseDigitString(frac)) return null;
    let digits = '';
    for (const ch of frac) digits += String(CN_DIGITS[ch]);
    return Number(`${whole}.${digits}`);
  }
  if (s.length > 1 && isChineseDigitString(s)) {
    // 五六, 三四: two neighbouring digits are "five or six", an estimate, not 56 (二〇 and longer runs are read out)
    if (s.length === 2 && !/[零〇]/.test(s)) return null;
    let digits = '';
    for (const ch of s) digits += String(CN_DIGITS[ch]);
    return Number(digits);
  }
  return parseCounted(s);
}

/** 三百二十万 style: sections of digit×(千|百|十) grouped by 万/亿/兆, with 零 as a place holder. */
function parseCounted(s: string): number | null {
  let total = 0; // completed big groups
  let section = 0; // current group below 万
  let digit = -1; // pending digit
  let lastSmall = 1e5; // the small unit last used in this section (they must fall: 千 > 百 > 十)
  let lastBig = Infinity;
  let sawZero = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      if (digit >= 0) return null; // two digits in a row: 五六
      if (d === 0) {
        if (sawZero) return null;
        sawZero = true;
        continue;
      }
      digit = d;
      continue;
    }
    const small = CN_SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      // 十 may stand alone at the head of a section (十九 = 19); 百/千 need a digit before them.
      if (digit < 0 && !(small === 10 && section === 0)) return null;
      section += (digit < 0 ? 1 : digit) * small;
      lastSmall = small;
      digit = -1;
      sawZero = false;
      continue;
    }
    const big = CN_BIG_UNITS[ch];
    if (big !== undefined) {
      if (digit >= 0) section += digit;
      digit = -1;
      if (section === 0) {
        // 万亿: a bigger unit multiplying a group already closed (三万亿, 一千万亿); 亿万 is no number
        if (total === 0 || big <= lastBig) return null;
        total *= big;
        lastBig = big;
        continue;
      }
      if (big >= lastBig) {
        // 一千万亿 style: the whole so far times the bigger unit
        total = (total + section) * big;
      } else {
        total += section * big;
      }
      lastBig = big;
      section = 0;
      lastSmall = 1e5;
      sawZero = false;
      continue;
    }
    return null;
  }
  if (digit >= 0) {
    // 三千五 reads as 3500: a trailing digit after a unit takes the next lower place.
    if (lastSmall < 1e5 && lastSmall > 10 && !sawZero) section += digit * (lastSmall / 10);
    else if (lastSmall === 1e5 && section === 0 && lastBig !== Infinity && !sawZero) section += digit * (lastBig / 10);
    else section += digit;
  }
  return total + section;
}

const EN_ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The English number words the scanner looks for (regex source, longest first). */
export const EN_NUMBER_WORDS = Object.keys(EN_ONES)
  .concat(Object.keys(EN_SCALES))
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Parses English number words: "forty-five", "one hundred", "five million", "three thousand two hundred". */
export function parseEnglishNumber(s: string): number | null {
  const words = s.toLowerCase().split(/[\s-]+/).filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let group = 0;
  let sawAny = false;
  for (const w of words) {
    const one = EN_ONES[w];
    if (one !== undefined) {
      group += one;
      sawAny = true;
      continue;
    }
    const scale = EN_SCALES[w];
    if (scale === undefined || !sawAny) return null;
    if (scale === 100) group = (group || 1) * 100;
    else {
      total += (group || 1) * scale;
      group = 0;
    }
  }
  return total + group;
}
