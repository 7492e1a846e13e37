// Where sentences end, in Chinese and in Latin-script text: the segmenter's sense of "complete".
import { opensWithLostMark } from './lost-marks';
import { codeSet, isSpaceCode } from './space';

/** Closing quotes and brackets that may follow a sentence's stop. */
const CLOSERS = codeSet('”’"\'）)」』》】〉]');
const HARD_END = codeSet('。！？!?…．.');
/** Punctuation after which a sentence must go on. */
const SOFT_END = codeSet('，,、；;：:（(“‘《「『【—-');
/** What sentenceKey strips off a sentence's end: its stop, closers and spaces. */
const KEY_END = codeSet('。！？!?；;.”’"」』）)');
const SPACE = /\s/;

/** Index of the last character in [from, to) that is neither a space nor in `skip` (from - 1: none). Reads the tail only. */
function lastIndexBefore(text: string, skip: Set<number> | null, from = 0, to = text.length): number {
  let i = to - 1;
  while (i >= from) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c) && !skip?.has(c)) break;
    i--;
  }
  return i;
}

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** A sentence's stop anywhere in the text: a Chinese or English mark, or a point before a space or the end. */
export const SENTENCE_STOP = /[。！？!?]|\.(?:\s|$)/u;

/** How many Chinese characters `text` holds (the UTF-16 units in CJK's ranges, counted without a match array). */
export function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Whether the text ends a sentence (closing quotes and brackets after the stop are allowed). */
export function endsSentence(text: string): boolean {
  // "No." / "U.S." style abbreviations at the very end are rare enough in body text to ignore.
  const i = lastIndexBefore(text, CLOSERS);
  return i >= 0 && HARD_END.has(text.charCodeAt(i));
}

/** endsSentence of the texts joined, read on the last one that is more than closers and spaces. */
export function endsSentenceJoined(texts: readonly string[]): boolean {
  for (let k = texts.length - 1; k >= 0; k--) {
    const t = texts[k] as string;
    const i = lastIndexBefore(t, CLOSERS);
    if (i >= 0) return HARD_END.has(t.charCodeAt(i));
  }
  return false;
}

/** Whether the text visibly stops inside a sentence (a comma, a colon, an open quote …). */
export function endsMidClause(text: string): boolean {
  const i = lastIndexBefore(text, null);
  return i >= 0 && SOFT_END.has(text.charCodeAt(i));
}

/** Measure words and units that cannot open a sentence when a list mark follows them ("毫米、…"). */
const UNIT_START =
  /^(?:毫米|厘米|千米|公里|公斤|千克|平方米|立方米|平方公里|万吨|万千瓦|吨|亿元|万元|元|美元|个|家|辆|只|项|倍|人次|人|次|户|所|座|台|套|件)[、，,；;。）)]/;

/** Whether a block visibly starts inside a sentence. */
export function startsMidSentence(text: string): boolean {
  const t = text.trimStart();
  if (!t) return false;
  // (A "?" before a paragraph's first word is an item mark its encoding lost: lost-marks.ts.)
  if (opensWithLostMark(t)) return false;
  if (/^[，,、。；;：:）)》」』”’！？!?%]/.test(t)) return true;
  // A lower-case start continues a sentence, unless the first word is a name written so (my6sense, eZ, iPhone):
  // a capital or a digit inside the word says so.
  // (Nor is a spoken segue into the next item, a word trailing off before a capital: "and... The Grand Hyatt…".)
  if (/^[a-z]/.test(t)) return !/^[a-z]+[A-Z0-9]/.test(t) && !/^[a-z]+\s*(?:\.{3}|…)\s*[A-Z]/.test(t);
  return UNIT_START.test(t);
}

/** Where a sentence ends: its stops and closers, or ". " before a capital in Latin text. */
const SENTENCE_END = /[。！？!?；;]+[”’"」』）)]*|\.(?=["”’)]*\s+[A-Z"“])["”’)]*/g;

/** Sentence ranges [start, end), split after 。！？!?；; (and ". " before a capital in Latin text), spaces trimmed off. */
export function sentenceRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const add = (s: number, e: number) => {
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
  };
  const re = SENTENCE_END;
  re.lastIndex = 0;
  let start = 0;
  // test() rather than exec(): only where each match ends is needed, and test() makes no match array.
  while (re.test(text)) {
    const end = re.lastIndex;
    if (end > start) add(start, end);
    start = end;
  }
  if (start < text.length) add(start, text.length);
  return out;
}

/** The sentence with its stop and spaces removed, for comparing repeats. */
export function sentenceKey(sentence: string): string {
  return sentenceKeyAt(sentence, 0, sentence.length);
}

/** sentenceKey(text.slice(start, end)), cutting the text once. */
export function sentenceKeyAt(text: string, start: number, end: number): string {
  const core = text.slice(start, lastIndexBefore(text, KEY_END, start, end) + 1);
  return SPACE.test(core) ? core.replace(/\s+/g, '') : core;
}

/** The length sentenceKeyAt(text, start, end) can reach at most: the sentence without its end. */
export function sentenceKeyBound(text: string, start: number, end: number): number {
  return lastIndexBefore(text, KEY_END, start, end) + 1 - start;
}
