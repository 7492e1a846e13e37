// The in-memory gazetteer: entries from public/gazetteer.json plus the curated tables (curated.ts, world.ts),
// with a character trie over every Chinese surface form (full names and derived short forms) and a map of
// English names. Loading is kept lean: surface forms live in typed arrays and become objects only for the trie
// nodes a text actually reaches, and the township-level code index is built on first use.
import type { PlaceLevel } from '../types';
import { COUNTRY_ALIASES_EN, COUNTRY_ALIASES_ZH, DIVISION_ABBREVIATIONS, EN_COUNTRY_EXCLUDE, EN_DIVISIONS, FEATURES, REGIONS } from './curated';
import { bannerAbbreviation, shortFormLength, type DivisionLevel } from './names';
import { FormTable, TrieTable, type FormArrays, type SurfaceForm, type TrieArrays } from './trie';
import { SUBDIVISIONS, WORLD_CITIES, WORLD_REGIONS } from './world';

export { FormTable, TrieTable, type SurfaceForm } from './trie';

/** Township names worth recognising: 镇/乡/街道/苏木 (and Beijing's 地区); not farms, parks or committees. */
export const TOWNSHIP_NAME = /^[\u4e00-\u9fff]{2,}(?:街道|镇|乡|苏木|地区)$/;

export interface PlaceEntry {
  name: string;
  level: PlaceLevel;
  code: string | null;
  /** Index of the parent entry, -1 at the top. */
  parent: number;
}

export interface Gazetteer {
  /** Number of entries (indexes 0 … size - 1; 0 is China). */
  readonly size: number;
  /** The entry at an index (made on first request: loading creates no object per division). */
  entry(index: number): PlaceEntry;
  /** The name of an entry, without making its object (entry()): for indexes over every entry. */
  nameOf(index: number): string;
  /** The parent index of an entry, -1 at the top or for an unknown index. */
  parentOf(index: number): number;
  levelOf(index: number): PlaceLevel;
  /** Whether the entry lies outside China: a foreign country or anything under one (subdivisions, cities). */
  foreignOf(index: number): boolean;
  /** Entry index by code (GB/T 2260, ISO 3166-1 and 3166-2); built on first use. */
  readonly byCode: Map<string, number>;
  /** byCode.get(code), without building the township codes' map for a code of six characters or fewer. */
  entryOfCode(code: string): number | undefined;
  /** Trie over UTF-16 code units (node 0 is the root). */
  trie: TrieTable;
  /** Surface forms ending at each trie node. */
  forms: FormTable;
  /** English names (case-sensitive) → entry indexes. */
  english: Map<string, number[]>;
  /** Longest English name in words. */
  englishMaxWords: number;
  /** Short forms that are common words (from the resource's dictionary-derived stop-list). */
  stop: Set<string>;
  /** Whether the string a trie node spells is in `stop` (the matcher's test, without cutting the string). */
  stopAt(node: number): boolean;
  /** The place tagger's weights as the resource holds them (model/resource.ts), decoded on first use; null: none. */
  model: unknown;
  /** The built state, plain data (snapshot.ts). */
  state(): GazetteerState;
}

export function divisionLevel(code: string): DivisionLevel {
  if (code.length > 6) return 'township';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

interface RawResource {
  version: number;
  div: [string, string, number][];
  countries: [string, string, string][];
  stop: string[];
}

function validate(json: unknown): RawResource {
  const r = json as Partial<RawResource> | null;
  if (!r || typeof r !== 'object' || r.version !== 1 || !Array.isArray(r.div) || !Array.isArray(r.countries) || !Array.isArray(r.stop)) {
    throw new Error('gazetteer: unsupported resource (expected version 1 with div, countries, stop)');
  }
  for (let i = 0; i < r.div.length; i++) {
    const row = r.div[i];
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string' || typeof row[2] !== 'number') {
      throw new Error('gazetteer: malformed division row');
    }
  }
  return r as RawResource;
}

const LEVELS: readonly PlaceLevel[] = ['country', 'province', 'prefecture', 'county', 'township', 'region', 'city', 'feature'];
const LEVEL_INDEX = new Map(LEVELS.map((l, i) => [l, i]));

/**
 * Everything a gazetteer holds once built, as plain data (typed arrays, arrays, maps): what parseGazetteer
 * builds and what a snapshot keeps (snapshot.ts), so that a built gazetteer loads without building again.
 */
export interface GazetteerState {
  /** The resource's division rows: entries 1 … div.length, made into objects on demand (packed in a snapshot). */
  div: [string, string, number][] | PackedDivisions;
  /** Parent, level and whether abroad, packed per entry ((parent + 1) << 4 | abroad << 3 | level). */
  info: Int32Array;
  size: number;
  /** Entries after the division rows (countries, regions, places abroad, features), from 1 + div.length. */
  extra: PlaceEntry[];
  /** Codes of everything above township level. */
  upper: Map<string, number>;
  trie: TrieArrays;
  forms: FormArrays;
  /** Trie nodes in use. */
  nodes: number;
  english: Map<string, number[]>;
  englishMaxWords: number;
  stop: string[];
  model: unknown;
}

/**
 * The division rows as a snapshot keeps them (bin/cli/gazetteer.ts): the codes and the names each joined into one
 * string, row r's code ending at ends[2r] and its name at ends[2r + 1]. Three values load far faster than 42,000
 * small arrays of two strings and a number (the rows' parent is in the state's `info` already).
 */
export interface PackedDivisions {
  codes: string;
  names: string;
  ends: Int32Array;
}

export function packDivisions(div: GazetteerState['div']): PackedDivisions {
  if (!Array.isArray(div)) return div;
  const ends = new Int32Array(div.length * 2);
  let codes = 0;
  let names = 0;
  for (let r = 0; r < div.length; r++) {
    ends[2 * r] = codes += div[r]![0].length;
    ends[2 * r + 1] = names += div[r]![1].length;
  }
  return { codes: div.map((row) => row[0]).join(''), names: div.map((row) => row[1]).join(''), ends };
}

/** Row r's code and name, from the rows or their packed form (a name cut out once, then kept). */
function divisionReader(div: GazetteerState['div']): { count: number; code(r: number): string; name(r: number): string } {
  if (Array.isArray(div)) return { count: div.length, code: (r) => div[r]![0], name: (r) => div[r]![1] };
  const { codes, names, ends } = div;
  const cut: (string | undefined)[] = new Array<string | undefined>(ends.length >> 1);
  return {
    count: ends.length >> 1,
    code: (r) => codes.slice(r === 0 ? 0 : ends[2 * r - 2]!, ends[2 * r]!),
    name: (r) => (cut[r] ??= names.slice(r === 0 ? 0 : ends[2 * r - 1]!, ends[2 * r + 1]!)),
  };
}

/** The gazetteer over a built state: entry objects, the township codes and the stop-word nodes made on first use. */
export function gazetteerOf(state: GazetteerState): Gazetteer {
  const { info, size, extra, upper, nodes } = state;
  const div = divisionReader(state.div);
  const base = 1 + div.count;
  let full: Map<string, number> | null = null;
  const made = new Map<number, PlaceEntry>();
  let stopNodes: Uint8Array | null = null;
  const trie = new TrieTable(0, state.trie);
  const g: Gazetteer = {
    model: state.model,
    size,
    entry(i: number): PlaceEntry {
      if (i >= base) return extra[i - base]!;
      let e = made.get(i);
      if (!e) {
        e = i > 0
          ? { name: div.name(i - 1), level: LEVELS[info[i]! & 7]!, code: div.code(i - 1), parent: (info[i]! >> 4) - 1 }
          : { name: '中国', level: 'country', code: 'CN', parent: -1 };
        made.set(i, e);
      }
      return e;
    },
    nameOf: (i: number) => (i >= base ? extra[i - base]!.name : i === 0 ? '中国' : div.name(i - 1)),
    parentOf: (i: number) => (i >= 0 && i < size ? (info[i]! >> 4) - 1 : -1),
    levelOf: (i: number) => LEVELS[info[i]! & 7]!,
    foreignOf: (i: number) => i >= 0 && i < size && (info[i]! & 8) !== 0,
    get byCode(): Map<string, number> {
      if (!full) {
        // A copy: the state's map stays as built (a snapshot taken after this call keeps it small).
        full = new Map(upper);
        for (let r = 0; r < div.count; r++) {
          const code = div.code(r);
          if (code.length > 6) full.set(code, r + 1);
        }
      }
      return full;
    },
    // Every code of six characters or fewer is in `upper`; only a township's longer code needs the full map.
    entryOfCode: (code: string) => (code.length <= 6 ? upper.get(code) : g.byCode.get(code)),
    trie,
    forms: new FormTable(0, 0, state.forms),
    english: state.english,
    englishMaxWords: state.englishMaxWords,
    stop: new Set(state.stop),
    stopAt(node: number): boolean {
      if (!stopNodes) {
        // Built on first use: each stop word's trie node (a word the trie does not spell is never matched).
        stopNodes = new Uint8Array(nodes);
        for (const w of state.stop) {
          let n = 0;
          for (let i = 0; i < w.length && n >= 0; i++) n = trie.get(n, w.charCodeAt(i));
          if (n > 0) stopNodes[n] = 1;
        }
      }
      return stopNodes[node] === 1;
    },
    state: () => state,
  };
  return g;
}

/** Validates the resource and builds the indexes (about 30–50 ms for the full Chinese division table). */
export function parseGazetteer(json: unknown): Gazetteer {
  const raw = validate(json);
  const div = raw.div;
  // Struct of arrays: entry 0 is China, 1 … div.length the division rows (read from the resource on demand),
  // then countries, regions, places abroad and features as objects.
  const extra: PlaceEntry[] = [];
  let capacity = 1 + div.length + 4096;
  // Parent, level and whether abroad, packed per entry: the resolver asks all three of each candidate, and one
  // array touches one cache line where three would touch three.
  let info = new Int32Array(capacity);
  let size = 0;
  // Codes of everything above township level; townships join on first use of byCode.
  const upper = new Map<string, number>();
  const trie = new TrieTable(1 << 18);
  const forms = new FormTable(1 << 17, div.length * 2 + 4096);
  const english = new Map<string, number[]>();
  let englishMaxWords = 1;
  let nodes = 1;
  /**
   * Adds `text` as a full name (or weak alias when !isFull) and, when shortLength > 0, its prefix of that
   * length as a short form, in one walk down the trie (a short form is always a prefix of its full name).
   */
  const addForm = (text: string, entry: number, isFull: boolean, shortLength = 0) => {
    if (text.length < 2) return;
    let node = 0;
    let shortNode = -1;
    for (let i = 0; i < text.length; i++) {
      const next = trie.getOrAdd(node, text.charCodeAt(i), nodes);
      if (next === nodes) nodes++;
      node = next;
      if (i + 1 === shortLength) shortNode = node;
    }
    forms.add(node, entry, isFull);
    if (shortNode >= 0) forms.add(shortNode, entry, false);
  };
  const addEnglish = (name: string, entry: number) => {
    if (!name) return;
    const list = english.get(name);
    if (list) {
      if (!list.includes(entry)) list.push(entry);
    } else english.set(name, [entry]);
    let words = 1;
    for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) words++;
    if (words > englishMaxWords) englishMaxWords = words;
  };
  const setEntry = (level: PlaceLevel, parent: number) => {
    if (size === capacity) {
      capacity *= 2;
      const grown = new Int32Array(capacity);
      grown.set(info);
      info = grown;
    }
    // A parent is always pushed before its children, so its own flag is final: abroad is inherited from it,
    // or, at the top, being a country other than China (entry 0).
    const abroad = parent >= 0 ? (info[parent]! & 8) !== 0 : level === 'country' && size !== 0;
    info[size] = ((parent + 1) << 4) | (abroad ? 8 : 0) | LEVEL_INDEX.get(level)!;
    return size++;
  };
  const push = (name: string, level: PlaceLevel, code: string | null, parent: number) => {
    const idx = setEntry(level, parent);
    extra.push({ name, level, code, parent });
    if (code && code.length <= 6) upper.set(code, idx);
    return idx;
  };

  const china = setEntry('country', -1);
  upper.set('CN', china);
  // Indexed loops, not destructuring for…of: this runs once, cold, where iterator objects per row add up.
  for (let r = 0; r < div.length; r++) {
    const row = div[r]!;
    const code = row[0];
    const name = row[1];
    const level = divisionLevel(code);
    const idx = setEntry(level, row[2] >= 0 ? row[2] + 1 : china);
    if (code.length <= 6) upper.set(code, idx);
    // Full name first, then its short form, as the forms' order decides ties in resolve.ts; then abbreviations.
    addForm(name, idx, true, shortFormLength(name, level));
    // Banners and their press abbreviations are Inner Mongolia's (code 15…); its rows alone are asked.
    if (code.charCodeAt(0) === 0x31 && code.charCodeAt(1) === 0x35 && code.length <= 6) {
      const banner = level === 'county' ? bannerAbbreviation(name) : null;
      if (banner) addForm(banner, idx, false);
      for (const a of DIVISION_ABBREVIATIONS[name] ?? []) addForm(a, idx, false);
    }
  }
  for (const [iso, zh, en] of raw.countries) {
    // (A country the data names in English only, 刚果（金）, takes its first Chinese alias as its name.)
    const idx = iso === 'CN' ? china : push(zh.split('|')[0] || COUNTRY_ALIASES_ZH[iso]?.[0] || iso, 'country', iso, -1);
    for (const n of zh.split('|')) addForm(n, idx, true);
    for (const n of COUNTRY_ALIASES_ZH[iso] ?? []) addForm(n, idx, true);
    for (const n of en.split('|')) if (!EN_COUNTRY_EXCLUDE.has(n)) addEnglish(n, idx);
    for (const n of COUNTRY_ALIASES_EN[iso] ?? []) addEnglish(n, idx);
  }
  for (const [zh, en] of REGIONS) {
    const idx = push(zh || en, 'region', null, -1);
    addForm(zh, idx, true);
    for (const n of en.split('|')) addEnglish(n, idx);
  }
  // Foreign first-level subdivisions (level "province", ISO 3166-2 code) under their country, then world cities
  // under their subdivision or country. Weak Chinese aliases (德州 for Texas) are stored as non-full forms,
  // which resolve.ts accepts only with the country or the place itself in context.
  const addWorld = (zh: string, en: string, weak: string | undefined, idx: number) => {
    const weakNames = weak ? weak.split('|') : [];
    for (const n of zh.split('|')) if (!weakNames.includes(n)) addForm(n, idx, true);
    for (const n of weakNames) addForm(n, idx, false);
    for (const n of en.split('|')) addEnglish(n, idx);
  };
  for (const [code, en, zh, weak] of SUBDIVISIONS) {
    const idx = push(zh.split('|')[0] || en.split('|')[0]!, 'province', code, upper.get(code.slice(0, code.indexOf('-'))) ?? -1);
    addWorld(zh, en, weak, idx);
  }
  for (const [zh, en, country] of WORLD_REGIONS) {
    const idx = push(zh.split('|')[0]!, 'region', null, upper.get(country) ?? -1);
    addWorld(zh, en, undefined, idx);
  }
  for (const [zh, en, parentCode, weak] of WORLD_CITIES) {
    const parent = upper.get(parentCode) ?? upper.get(parentCode.slice(0, 2)) ?? -1;
    const idx = push(zh.split('|')[0] || en.split('|')[0]!, 'city', null, parent);
    addWorld(zh, en, weak, idx);
    // 奥斯汀市, 悉尼市: the 市 form is a full name even for a weak alias.
    for (const n of zh.split('|')) if (n && !/[市城港]$/.test(n)) addForm(n + '市', idx, true);
  }
  for (const [zh, en] of FEATURES) {
    const idx = push(zh.split('|')[0]!, 'feature', null, -1);
    for (const n of zh.split('|')) addForm(n, idx, true);
    for (const n of en.split('|')) addEnglish(n, idx);
  }
  for (const [code, names] of Object.entries(EN_DIVISIONS)) {
    const idx = upper.get(code);
    if (idx !== undefined) for (const n of names) addEnglish(n, idx);
  }
  trie.finishIndex(forms);
  const model = (json as { model?: unknown }).model ?? null;
  return gazetteerOf({ div, info, size, extra, upper, trie: trie.arrays(), forms: forms.arrays(), nodes, english, englishMaxWords, stop: raw.stop, model });
}

/** Walks the trie from `start`; calls `onMatch(end, forms)` for every surface form found. */
export function walkTrie(g: Gazetteer, text: string, start: number, onMatch: (end: number, forms: SurfaceForm[]) => void): void {
  let node = 0;
  for (let i = start; i < text.length; i++) {
    const next = g.trie.get(node, text.charCodeAt(i));
    if (next < 0) return;
    node = next;
    if (g.forms.has(node)) onMatch(i + 1, g.forms.at(node)!);
  }
}
