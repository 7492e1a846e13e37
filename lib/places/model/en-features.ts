// Features of the English place tagger, one row of EN_K slots per token: the word (lowercased and as written),
// its neighbours, its shape (Xxxx, XX, d-d), affixes, where it sits in a span of the rule recogniser
// (english.ts) and in the gazetteer's longest-match cover of capitalised word sequences (all-capitals ones,
// as in wire datelines and headlines, looked up title-cased), and whether the sentence is set in capitals.
import type { PlaceSpan } from '../../types';
import type { Gazetteer } from '../gazetteer';
import { hashString, slot } from './hash';
import { levelIndex, markSpan } from './tags';

export const EN_K = 23;
const LANG = 0x200;
/**
 * Words as the training news splits them: hyphenated ones whole (Texas-based, US-China), a possessive apart
 * (Russia 's), U.S. and St. whole. Rule spans inside a hyphenated word stand on the rules' word (apply.ts).
 */
const TOKEN = /(?:\p{Lu}\.){2,}|(?:St|Mt|Ft)\.|[\p{L}\p{M}\p{N}]+(?:[-.&][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const BOUNDARY = hashString('<s>');

export interface Tokens {
  starts: number[];
  ends: number[];
  words: string[];
}

export function tokenize(text: string): Tokens {
  const t: Tokens = { starts: [], ends: [], words: [] };
  for (const m of text.matchAll(TOKEN)) {
    t.starts.push(m.index);
    t.ends.push(m.index + m[0].length);
    t.words.push(m[0]);
  }
  return t;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const NUMBER = /\p{N}/u;
const HAN = /[\u3400-\u9fff]/;

/**
 * A character's class in a word's shape: X (upper case), x (lower case), d (a number), C (Han), else the character.
 * ASCII and the Han block are told by their codes (a token of Chinese text is a run of Han characters, all of them
 * read here); the rest by the property escapes. (test/unit/places/en-shape.test.ts holds the two readings equal.)
 */
export function shapeClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? 'X' : c >= 0x61 && c <= 0x7a ? 'x' : c >= 0x30 && c <= 0x39 ? 'd' : ch;
  if (c >= 0x3400 && c <= 0x9fff) return 'C';
  return UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : NUMBER.test(ch) ? 'd' : HAN.test(ch) ? 'C' : ch;
}

/** A word's shape: its characters' classes (shapeClass), a run of one class written once ("Xxxx" -> "Xx"). */
export function shape(w: string): string {
  let s = '';
  let last = '';
  for (const ch of w) {
    const k = shapeClass(ch);
    if (k !== last) s += k;
    last = k;
  }
  return s;
}

function titleCase(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}

/** Entries of a surface in the English map, as written or, when set in capitals, title-cased. */
export function englishHits(g: Gazetteer, surface: string): number[] | undefined {
  const hits = g.english.get(surface);
  if (hits && hits.length > 0) return hits;
  if (surface.length > 2 && surface === surface.toUpperCase()) {
    const titled = g.english.get(titleCase(surface));
    if (titled && titled.length > 0) return titled;
  }
  return undefined;
}

/** Fills `out` (at least tokens * EN_K) with the feature slots of each token of `text`. */
export function enFeatures(text: string, t: Tokens, g: Gazetteer, rule: readonly PlaceSpan[], out: Int32Array): void {
  const n = t.words.length;
  const lower = new Int32Array(n + 4).fill(BOUNDARY);
  const shapes = new Int32Array(n + 4).fill(BOUNDARY);
  const exact = new Int32Array(n);
  const suf3 = new Int32Array(n);
  const suf2 = new Int32Array(n);
  const pre3 = new Int32Array(n);
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < n; i++) {
    const w = t.words[i]!;
    const l = w.toLowerCase();
    lower[i + 2] = hashString(l);
    shapes[i + 2] = hashString(shape(w));
    exact[i] = hashString(w);
    suf3[i] = hashString(l.slice(-3));
    suf2[i] = hashString(l.slice(-2));
    pre3[i] = hashString(l.slice(0, 3));
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (c >= 0x41 && c <= 0x5a) {
        letters++;
        capitals++;
      } else if (c >= 0x61 && c <= 0x7a) letters++;
    }
  }
  const caps = letters >= 4 && capitals > letters * 0.8 ? 1 : 0;
  // Rule spans by token.
  const ruleTag = new Int32Array(n);
  const cover = new Int32Array(n);
  let r = 0;
  for (let i = 0; i < n && r < rule.length; i++) {
    while (r < rule.length && rule[r]!.end <= t.starts[i]!) r++;
    const s = rule[r];
    if (!s || s.start > t.starts[i]!) continue;
    let j = i;
    while (j + 1 < n && t.ends[j + 1]! <= s.end) j++;
    if (s.start === t.starts[i] && s.end === t.ends[j]) markSpan(ruleTag, i, j + 1, levelIndex(s.level));
    i = j;
  }
  for (let i = 0; i < n; ) {
    let best = 0;
    let info = 0;
    if (UPPER_START.test(t.words[i]!)) {
      for (let k = 1; k <= g.englishMaxWords && i + k <= n; k++) {
        if (k > 1 && t.starts[i + k - 1]! - t.ends[i + k - 2]! > 1) break;
        const hits = englishHits(g, text.slice(t.starts[i]!, t.ends[i + k - 1]!));
        if (hits) {
          best = k;
          info = levelIndex(g.levelOf(hits[0]!)) | (hits.length > 1 ? 16 : 0);
        }
      }
    }
    if (best > 0) {
      markSpan(cover, i, i + best, info & 15, info >> 4);
      i += best;
    } else i++;
  }
  for (let i = 0, o = 0; i < n; i++, o += EN_K) {
    const w0 = lower[i + 2]!;
    const s0 = shapes[i + 2]!;
    const ct = cover[i]!;
    out[o] = slot(LANG | 0, w0);
    out[o + 1] = slot(LANG | 1, lower[i + 1]!);
    out[o + 2] = slot(LANG | 2, lower[i + 3]!);
    out[o + 3] = slot(LANG | 3, lower[i]!);
    out[o + 4] = slot(LANG | 4, lower[i + 4]!);
    out[o + 5] = slot(LANG | 5, s0);
    out[o + 6] = slot(LANG | 6, shapes[i + 1]!, s0);
    out[o + 7] = slot(LANG | 7, s0, shapes[i + 3]!);
    out[o + 8] = slot(LANG | 8, suf3[i]!);
    out[o + 9] = slot(LANG | 9, pre3[i]!);
    out[o + 10] = slot(LANG | 10, ruleTag[i]!);
    out[o + 11] = slot(LANG | 11, ct);
    out[o + 12] = slot(LANG | 12, ct, s0);
    out[o + 13] = slot(LANG | 13, ct, lower[i + 1]!);
    out[o + 14] = slot(LANG | 14, ct, lower[i + 3]!);
    out[o + 15] = slot(LANG | 15, lower[i + 1]!, s0);
    out[o + 16] = slot(LANG | 16, lower[i + 3]!, s0);
    out[o + 17] = slot(LANG | 17, i === 0 ? 1 : 0, s0);
    out[o + 18] = slot(LANG | 18, caps, s0, ct);
    out[o + 19] = slot(LANG | 19, 0);
    out[o + 20] = slot(LANG | 20, exact[i]!);
    out[o + 21] = slot(LANG | 21, shapes[i + 1]!, s0, shapes[i + 3]!);
    out[o + 22] = slot(LANG | 22, suf2[i]!);
  }
}
