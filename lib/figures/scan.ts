// The figure scanner's first step: one precompiled regex of number cores (Arabic, Chinese, English words, 百分之…)
// tried only where a core may start, and the kind of core each match is. recognise.ts reads each core on.
import { EN_NUMBER_WORDS } from './numerals';
import { isAsciiAlnum, isAsciiLetter } from './chars';

export const CN_NUM = '零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万萬亿億兆';
export const CN_DIG = '零〇一二两三四五六七八九';
export const CN_DIGIT_VALUE = [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9];
// Thousands are grouped with "," and, between full-width digits, with "，" (１１１，１１１); decimals with "." or "．".
// Indian grouping (12,34,567.89: lakhs and crores) is read whole rather than from its last group. A middle dot is
// a decimal point in older Chinese print (3·2％) before a percentage only (9·11 is a date).
const ARABIC =
  '(?:[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])|[0-9０-９]+(?:(?:,[0-9]{3}|(?<=[０-９])，[０-９]{3})(?![0-9０-９]))*)' +
  '(?:(?:[.．]|·(?=[0-9０-９]+(?:[%％]|个百分点)))[0-9０-９]+)?';

const EN_FRACTION_WORDS = 'halves|half|thirds|third|quarters|quarter|fifths|fifth|sixths|sixth|eighths|eighth|tenths|tenth';

const CORE_SOURCE =
  // 1: URLs and e-mail addresses, skipped whole so their digits are never figures (a local part of at most 64
  // characters, as RFC 5321 has it: an attempt at each character of a long run of dots or dashes reads 64 on, not to
  // the run's end)
  '((?:https?://|www\\.)[^\\s，。、；！？“”（）<>]+|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)' +
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
export const FRACTION_TAIL_RE = new RegExp(`(?:${ARABIC}|[${CN_NUM}]+(?:点[${CN_DIG}]+)?)`, 'y');
export const CORE_AT_RE = new RegExp(CORE_SOURCE, 'iy');
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
export function nextCore(text: string, from: number): RegExpExecArray | null {
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

export enum Core {
  Percent,
  Fan,
  Arabic,
  Chinese,
  English,
  EnglishFraction,
}


/** The kind of core a match of CORE_SOURCE is, by its group (1, a URL or an e-mail address, is no core). */
export function coreType(m: RegExpExecArray): Core {
  return m[2] !== undefined
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
}
