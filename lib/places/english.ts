// English place names: capitalised word sequences (Inner Mongolia, United States of America, U.S.) looked up
// in the gazetteer's English map; lowercase words never match, so "china" (porcelain) is not a place.
import type { PlaceSpan } from '../types';
import type { Gazetteer } from './gazetteer';

const TOKEN = /(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*/g;
const CONNECTORS = new Set(['of', 'de', 'and', 'the']);

export function findEnglishPlaces(text: string, g: Gazetteer): PlaceSpan[] {
  const spans: PlaceSpan[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    words.push(m[0]);
  }
  let i = 0;
  while (i < words.length) {
    const first = words[i]!;
    let matched = 0;
    if (/^[A-Z]/.test(first)) {
      for (let n = Math.min(g.englishMaxWords, words.length - i); n >= 1 && !matched; n--) {
        let ok = true;
        for (let k = 1; k < n; k++) {
          // Words must be separated by one space and be capitalised, bar connectors (Rio de Janeiro).
          const w = words[i + k]!;
          if (starts[i + k]! !== ends[i + k - 1]! + 1 || text[ends[i + k - 1]!] !== ' ') ok = false;
          if (!/^[A-Z]/.test(w) && !(CONNECTORS.has(w) && k < n - 1)) ok = false;
        }
        if (!ok) continue;
        const surface = text.slice(starts[i]!, ends[i + n - 1]!);
        const hits = g.english.get(surface);
        if (!hits || hits.length === 0) continue;
        // "US" in an all-capitals headline is the pronoun.
        if (surface === 'US' && /[A-Z]{3,}/.test(text.slice(Math.max(0, starts[i]! - 12), starts[i]!))) continue;
        const e = g.entries[hits[0]!]!;
        spans.push({ text: surface, name: e.name, level: e.level, code: e.code, start: starts[i]!, end: ends[i + n - 1]! });
        matched = n;
      }
    }
    i += matched || 1;
  }
  return spans;
}
