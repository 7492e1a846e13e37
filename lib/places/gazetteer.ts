// The in-memory gazetteer: entries from public/gazetteer.json plus the curated tables (curated.ts, world.ts),
// with a character trie over every Chinese surface form (full names and derived short forms) and a map of
// English names. Loading is kept lean: surface forms live in typed arrays and become objects only for the trie
// nodes a text actually reaches, and the township-level code index is built on first use.
import type { PlaceLevel } from '../types';
import { COUNTRY_ALIASES_EN, COUNTRY_ALIASES_ZH, DIVISION_ABBREVIATIONS, EN_COUNTRY_EXCLUDE, EN_DIVISIONS, FEATURES, REGIONS } from './curated';
import { bannerAbbreviation, shortFormLength, type DivisionLevel } from './names';
import { SUBDIVISIONS, WORLD_CITIES, WORLD_REGIONS } from './world';

/** Township names worth recognising: 镇/乡/街道/苏木 (and Beijing's 地区); not farms, parks or committees. */
export const TOWNSHIP_NAME = /^[\u4e00-\u9fff]{2,}(?:街道|镇|乡|苏木|地区)$/;

/**
 * Trie edges in an open-addressing hash table over typed arrays: (node, char) → child. Building and probing
 * allocate nothing per character, unlike a Map per node or a Map keyed by node * 65536 + char (heap numbers).
 * The root's children sit in a direct table indexed by the UTF-16 unit: nearly every CJK character of a text
 * starts a lookup there, and an index is cheaper than a probe. Below the root, a bit per hashed edge (256 KB,
 * cache-resident unlike the multi-megabyte table) answers most misses, the common case, without a probe.
 */
export class TrieTable {
  /**
   * By UTF-16 unit c: at 2c the root's child (-1: none), at 2c + 1 32 bits of that child's second characters
   * (a bit per hashed character, secondBit; set by finishIndex once every name is in). Read directly by the
   * matcher's per-character loop: most characters of a text start no name, and the pair, one cache line, says
   * so without reaching into the edge table.
   */
  readonly root = TrieTable.emptyRoot();
  private static emptyRoot(): Int32Array {
    const root = new Int32Array(0x20000);
    for (let c = 0; c < 0x10000; c++) root[c * 2] = -1;
    return root;
  }
  private edgeBits = new Int32Array(1 << 16);
  /**
   * Slot h holds node, char and child word at 3h, 3h + 1, 3h + 2, so that a probe reads one cache line, not
   * three arrays. The child word is child << 1 | 1 when some surface form ends at the child (finishIndex):
   * the matcher learns it from the step it takes anyway instead of from a table of its own.
   */
  private slots: Int32Array;
  private mask: number;
  private size = 0;
  constructor(capacity: number) {
    this.slots = TrieTable.emptySlots(capacity);
    this.mask = capacity - 1;
  }
  private static emptySlots(capacity: number): Int32Array {
    const slots = new Int32Array(capacity * 3);
    for (let i = 0; i < slots.length; i += 3) slots[i] = -1;
    return slots;
  }
  private slot(node: number, c: number): number {
    const slots = this.slots;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
    while (slots[h * 3] !== -1 && (slots[h * 3] !== node || slots[h * 3 + 1] !== c)) h = (h + 1) & this.mask;
    return h;
  }
  private static edgeBit(node: number, c: number): number {
    return (Math.imul(node, 0x2c1b3c6d) ^ Math.imul(c, 0x297a2d39)) >>> 11;
  }
  get(node: number, c: number): number {
    const w = this.step(node, c);
    return w < 0 ? -1 : w >> 1;
  }
  /** The child word for (node, c): child << 1 | (a surface form ends at the child), or -1 for no child. */
  step(node: number, c: number): number {
    // Names have two characters at least, so no form ends at a root child.
    if (node === 0) return this.root[c * 2]! < 0 ? -1 : this.root[c * 2]! << 1;
    const b = TrieTable.edgeBit(node, c);
    if ((this.edgeBits[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    // The probe of slot(), written out: this runs for nearly every character of a text, and a browser's
    // compiler does not always inline the call.
    const slots = this.slots;
    const mask = this.mask;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
    for (;;) {
      const k = h * 3;
      const n = slots[k]!;
      if (n === -1) return -1;
      if (n === node && slots[k + 1] === c) return slots[k + 2]!;
      h = (h + 1) & mask;
    }
  }
  /** The child for (node, c), adding `child` when there is none yet: one probe for lookup and insert. */
  getOrAdd(node: number, c: number, child: number): number {
    if (node === 0) {
      const known = this.root[c * 2]!;
      if (known >= 0) return known;
      this.root[c * 2] = child;
      return child;
    }
    if ((this.size + 1) * 2 > this.mask) this.grow();
    const k = this.slot(node, c) * 3;
    if (this.slots[k] !== -1) return this.slots[k + 2]! >> 1;
    this.put(k, node, c, child << 1);
    return child;
  }
  /** The bit of a root child's second-character word that stands for `c`. */
  static secondBit(c: number): number {
    return 1 << (Math.imul(c, 0x9e3779b1) >>> 27);
  }
  /**
   * Completes the indexes once every name is in (parseGazetteer's last step; nothing is added after it): each
   * child word's form bit from the form table, and each root child's second-character bits.
   */
  finishIndex(forms: FormTable): void {
    const slots = this.slots;
    let maxNode = 0;
    for (let c = 0; c < 0x10000; c++) if (this.root[c * 2]! > maxNode) maxNode = this.root[c * 2]!;
    // The first character of each root child, to file the edges leaving it.
    const firstChar = new Int32Array(maxNode + 1).fill(-1);
    for (let c = 0; c < 0x10000; c++) if (this.root[c * 2]! > 0) firstChar[this.root[c * 2]!] = c;
    for (let k = 0; k < slots.length; k += 3) {
      const node = slots[k]!;
      if (node === -1) continue;
      if (forms.has(slots[k + 2]! >> 1)) slots[k + 2]! |= 1;
      const first = node <= maxNode ? firstChar[node]! : -1;
      if (first >= 0) this.root[first * 2 + 1]! |= TrieTable.secondBit(slots[k + 1]!);
    }
  }
  private put(k: number, node: number, c: number, word: number): void {
    if (this.slots[k] === -1) this.size++;
    this.slots[k] = node;
    this.slots[k + 1] = c;
    this.slots[k + 2] = word;
    const b = TrieTable.edgeBit(node, c);
    this.edgeBits[b >>> 5]! |= 1 << (b & 31);
  }
  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = TrieTable.emptySlots(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let k = 0; k < old.length; k += 3) if (old[k] !== -1) this.put(this.slot(old[k]!, old[k + 1]!) * 3, old[k]!, old[k + 1]!, old[k + 2]!);
  }
}

export interface PlaceEntry {
  name: string;
  level: PlaceLevel;
  code: string | null;
  /** Index of the parent entry, -1 at the top. */
  parent: number;
}

/** A surface form: entry index and whether it is the full name (false: a derived short form or a weak alias). */
export interface SurfaceForm {
  entry: number;
  full: boolean;
}

/**
 * Surface forms per trie node as linked lists in typed arrays (insertion order kept); a node's forms become a
 * SurfaceForm[] the first time a text reaches that node, so loading creates no per-form objects.
 */
export class FormTable {
  private head: Int32Array;
  /** 1 where some form ends: a byte per node keeps the matcher's per-character test in cache. */
  private ends: Uint8Array;
  private tail: Int32Array;
  private packed: Int32Array;
  private next: Int32Array;
  private count = 0;
  /** Forms made so far, by node: an array index, cheaper than a Map lookup on the matcher's hot path. */
  private cache: (SurfaceForm[] | undefined)[] = [];
  constructor(nodes: number, forms: number) {
    this.head = new Int32Array(nodes).fill(-1);
    this.ends = new Uint8Array(nodes);
    this.tail = new Int32Array(nodes);
    this.packed = new Int32Array(forms);
    this.next = new Int32Array(forms);
  }
  add(node: number, entry: number, full: boolean): void {
    if (node >= this.head.length) {
      const head = new Int32Array(Math.max(node + 1, this.head.length * 2)).fill(-1);
      head.set(this.head);
      const tail = new Int32Array(head.length);
      tail.set(this.tail);
      this.head = head;
      this.tail = tail;
      const ends = new Uint8Array(head.length);
      ends.set(this.ends);
      this.ends = ends;
    }
    const last = this.head[node]! < 0 ? -1 : this.tail[node]!;
    // The same entry twice in a row (a short form equal to another name of it) is kept once.
    if (last >= 0 && this.packed[last]! >> 1 === entry) return;
    if (this.count === this.packed.length) {
      const packed = new Int32Array(this.count * 2);
      packed.set(this.packed);
      const next = new Int32Array(this.count * 2);
      next.set(this.next);
      this.packed = packed;
      this.next = next;
    }
    const f = this.count++;
    this.packed[f] = (entry << 1) | (full ? 1 : 0);
    this.next[f] = -1;
    this.ends[node] = 1;
    if (last < 0) this.head[node] = f;
    else this.next[last] = f;
    this.tail[node] = f;
  }
  /** Whether any surface form ends at this node (no allocation). */
  has(node: number): boolean {
    return this.ends[node] === 1;
  }
  /** The forms ending at this node, or undefined. */
  at(node: number): SurfaceForm[] | undefined {
    if (!this.has(node)) return undefined;
    let out = this.cache[node];
    if (!out) {
      out = [];
      for (let f = this.head[node]!; f >= 0; f = this.next[f]!) out.push({ entry: this.packed[f]! >> 1, full: (this.packed[f]! & 1) === 1 });
      this.cache[node] = out;
    }
    return out;
  }
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

/** Validates the resource and builds the indexes (about 30–50 ms for the full Chinese division table). */
export function parseGazetteer(json: unknown): Gazetteer {
  const raw = validate(json);
  const div = raw.div;
  // Struct of arrays: entry 0 is China, 1 … div.length the division rows (read from the resource on demand),
  // then countries, regions, places abroad and features as objects.
  const base = 1 + div.length;
  const extra: PlaceEntry[] = [];
  let capacity = base + 4096;
  // Parent, level and whether abroad, packed per entry ((parent + 1) << 4 | abroad << 3 | level): the resolver
  // asks all three of each candidate, and one array touches one cache line where three would touch three.
  let info = new Int32Array(capacity);
  let size = 0;
  // Codes of everything above township level, set while loading; townships join on first use of byCode.
  const upper = new Map<string, number>();
  let full: Map<string, number> | null = null;
  const made = new Map<number, PlaceEntry>();
  let stopNodes: Uint8Array | null = null;
  const trie = new TrieTable(1 << 18);
  const forms = new FormTable(1 << 17, div.length * 2 + 4096);
  const g: Gazetteer = {
    model: (json as { model?: unknown }).model ?? null,
    get size() {
      return size;
    },
    entry(i: number): PlaceEntry {
      if (i >= base) return extra[i - base]!;
      let e = made.get(i);
      if (!e) {
        const row = i === 0 ? null : div[i - 1]!;
        e = row
          ? { name: row[1], level: LEVELS[info[i]! & 7]!, code: row[0], parent: (info[i]! >> 4) - 1 }
          : { name: '中国', level: 'country', code: 'CN', parent: -1 };
        made.set(i, e);
      }
      return e;
    },
    nameOf: (i: number) => (i >= base ? extra[i - base]!.name : i === 0 ? '中国' : div[i - 1]![1]),
    parentOf: (i: number) => (i >= 0 && i < size ? (info[i]! >> 4) - 1 : -1),
    levelOf: (i: number) => LEVELS[info[i]! & 7]!,
    foreignOf: (i: number) => i >= 0 && i < size && (info[i]! & 8) !== 0,
    get byCode(): Map<string, number> {
      if (!full) {
        full = upper;
        for (let r = 0; r < div.length; r++) {
          const code = div[r]![0];
          if (code.length > 6) full.set(code, r + 1);
        }
      }
      return full;
    },
    trie,
    forms,
    english: new Map(),
    englishMaxWords: 1,
    stop: new Set(raw.stop),
    stopAt(node: number): boolean {
      if (!stopNodes) {
        // Built on first use: each stop word's trie node (a word the trie does not spell is never matched).
        stopNodes = new Uint8Array(nodes);
        for (const w of g.stop) {
          let n = 0;
          for (let i = 0; i < w.length && n >= 0; i++) n = trie.get(n, w.charCodeAt(i));
          if (n > 0) stopNodes[n] = 1;
        }
      }
      return stopNodes[node] === 1;
    },
  };
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
    const list = g.english.get(name);
    if (list) {
      if (!list.includes(entry)) list.push(entry);
    } else g.english.set(name, [entry]);
    let words = 1;
    for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) words++;
    if (words > g.englishMaxWords) g.englishMaxWords = words;
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
    if (code && (code.length <= 6 || full)) (full ?? upper).set(code, idx);
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
  return g;
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
