// A place's name in a language: the gazetteer's English name for the English UI or an English export (Cairo, not
// 开罗), its Chinese name otherwise or where the data has no English one (Chinese counties), so that a place is
// always named. Pure: the caller passes the gazetteer it has loaded.
import type { Gazetteer } from '../places';
import { entriesSpelling } from '../places/match';
import type { PlaceLevel } from '../types';

export interface NamedPlace {
  code: string | null;
  name: string;
  level: PlaceLevel | string;
}

/** English names by entry: the first English name the gazetteer gives an entry (its main one), built once. */
const englishNames = new WeakMap<Gazetteer, Map<number, string>>();

export function englishNameOf(g: Gazetteer, index: number): string | null {
  let names = englishNames.get(g);
  if (!names) {
    names = new Map();
    for (const [name, entries] of g.english) for (const e of entries) if (!names.has(e)) names.set(e, name);
    englishNames.set(g, names);
  }
  return names.get(index) ?? null;
}

/** Entries by Chinese name, for places with no code (cities and features abroad), built once. */
const byName = new WeakMap<Gazetteer, Map<string, number[]>>();

/** The gazetteer entry of a recognised place: by its code, else by its name at its level; -1 when unknown. */
export function entryOf(g: Gazetteer, place: NamedPlace): number {
  if (place.code) return g.entryOfCode(place.code) ?? -1;
  // Most places without a code (cities abroad) are spelt by their name in the trie: a one-shot command line then
  // builds no index of every entry's name.
  const spelt = (entriesSpelling(g, place.name) ?? []).filter((e) => g.nameOf(e) === place.name).sort((a, b) => a - b);
  if (spelt.length > 0) return spelt.find((i) => g.levelOf(i) === place.level) ?? spelt[0]!;
  let names = byName.get(g);
  if (!names) {
    names = new Map();
    for (let i = 0; i < g.size; i++) {
      const name = g.nameOf(i);
      const list = names.get(name);
      if (list) list.push(i);
      else names.set(name, [i]);
    }
    byName.set(g, names);
  }
  const found = names.get(place.name) ?? [];
  return found.find((i) => g.levelOf(i) === place.level) ?? found[0] ?? -1;
}

/** A function naming places in `lang`: English names where the gazetteer has them, else the place's own name. */
export function placeNamer(g: Gazetteer, lang: string): (place: NamedPlace) => string {
  if (lang.startsWith('zh')) return (place) => place.name;
  return (place) => {
    const i = entryOf(g, place);
    return (i >= 0 && englishNameOf(g, i)) || place.name;
  };
}

/** The gazetteer's English name of a recognised place, null where it has none (Chinese counties, townships). */
export function englishNameOfPlace(g: Gazetteer, place: NamedPlace): string | null {
  // The gazetteer names no township in English (GB/T 2260 codes past six digits): its code is not even looked up.
  if (place.code !== null && /^\d{7,}$/.test(place.code)) return null;
  const i = entryOf(g, place);
  return i >= 0 ? englishNameOf(g, i) : null;
}
