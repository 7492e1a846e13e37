// A division named by its short form and then the word of its level, spelt as the gazetteer does not spell it: 怒江|州
// (怒江傈僳族自治州), 香港|特区, 苏州|新区, a county since renamed a district (栾城|县 for 栾城区). The place runs on over
// the word, as a reader reads it and as the labelled news of People's Daily marks it, linked to the same entry.
import type { PlaceLevel, PlaceSpan } from '../types';
import type { WordPairs } from './model/words';

/** Level words, longest first. */
const SUFFIXES = ['特区', '新区', '自治州', '省', '市', '县', '区', '州', '旗', '盟', '镇', '乡'];
/**
 * Whether text[a, b) is a level word standing as one (州, 特区): a one-character word that opens a common word with
 * the next character (北京|市场, 杭州|市民, 河南|乡村) stands for no level.
 */
export function isLevelWord(text: string, a: number, b: number, words: WordPairs): boolean {
  if (!SUFFIXES.includes(text.slice(a, b))) return false;
  return b - a > 1 || b >= text.length || !words.has(text.charCodeAt(b - 1), text.charCodeAt(b));
}

const DIVISIONS = new Set<PlaceLevel>(['province', 'prefecture', 'county', 'township']);

/**
 * The spans with each linked Chinese division's short form (not its full name) extended over the level word right
 * after it (isLevelWord), unless another span starts inside it.
 */
export function withDivisionSuffixes(spans: readonly PlaceSpan[], text: string, source: string, words: WordPairs): PlaceSpan[] {
  return spans.map((s, k) => {
    if (s.code === null || !DIVISIONS.has(s.level) || !/^\d{6}/.test(s.code) || s.text === s.name) return s;
    const suffix = SUFFIXES.find((w) => text.startsWith(w, s.end));
    if (suffix === undefined) return s;
    const end = s.end + suffix.length;
    if (!isLevelWord(text, s.end, end, words)) return s;
    if ((spans[k + 1]?.start ?? Infinity) < end) return s;
    return { ...s, text: source.slice(s.start, end), end };
  });
}
