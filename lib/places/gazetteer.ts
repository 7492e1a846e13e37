// The in-memory gazetteer: entries from public/gazetteer.json plus the curated tables, with a character trie
// over every Chinese surface form (full names and derived short forms) and a map of English names.
import type { PlaceLevel } from '../types';
import { COUNTRY_ALIASES_EN, COUNTRY_ALIASES_ZH, EN_COUNTRY_EXCLUDE, EN_DIVISIONS, FEATURES, REGIONS, WORLD_CITIES } from './curated';
import { shortForm, type DivisionLevel } from './names';

/** Township names worth recognising: 镇/乡/街道/苏木 (and Beijing's 地区); not farms, parks or committees. */
export const TOWNSHIP_NAME = /^[\u4e00-\u9fff]{2,}(?:街道|镇|乡|苏木|地区)$/;

/**
 * Trie edges in an open-addressing hash table over typed arrays: (node, char) → child. Building and probing
 * allocate nothing per character, unlike a Map per node or a Map keyed by node * 65536 + char (heap numbers).
 */
export class TrieTable {
  private nodes: Int32Array;
  private chars: Uint16Array;
  private children: Int32Array;
  private mask: number;
  private size = 0;
  constructor(capacity: number) {
    this.nodes = new Int32Array(capacity).fill(-1);
    this.chars = new Uint16Array(capacity);
    this.children = new Int32Array(capacity);
    this.mask = capacity - 1;
  }
  private slot(node: number, c: number): number {
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
    while (this.nodes[h] !== -1 && (this.nodes[h] !== node || this.chars[h] !== c)) h = (h + 1) & this.mask;
    return h;
  }
  get(node: number, c: number): number {
    const h = this.slot(node, c);
    return this.nodes[h] === -1 ? -1 : this.children[h]!;
  }
  set(node: number, c: number, child: number): void {
    if ((this.size + 1) * 2 > this.mask) this.grow();
    const h = this.slot(node, c);
    if (this.nodes[h] === -1) this.size++;
    this.nodes[h] = node;
    this.chars[h] = c;
    this.children[h] = child;
  }
  private grow(): void {
    const { nodes, chars, children } = this;
    const capacity = (this.mask + 1) * 2;
    this.nodes = new Int32Array(capacity).fill(-1);
    this.chars = new Uint16Array(capacity);
    this.children = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let i = 0; i < nodes.length; i++) if (nodes[i] !== -1) this.set(nodes[i]!, chars[i]!, children[i]!);
  }
}

export interface PlaceEntry {
  name: string;
  level: PlaceLevel;
  code: string | null;
  /** Index of the parent entry, -1 at the top. */
  parent: number;
}

/** A surface form: entry index and whether it is the full name (false: a derived short form). */
export interface SurfaceForm {
  entry: number;
  full: boolean;
}

export interface Gazetteer {
  entries: PlaceEntry[];
  byCode: Map<string, number>;
  /** Trie over UTF-16 code units (node 0 is the root). */
  trie: TrieTable;
  /** Surface forms ending at a trie node, indexed by node. */
  trieOut: (SurfaceForm[] | undefined)[];
  /** English names (case-sensitive) → entry indexes. */
  english: Map<string, number[]>;
  /** Longest English name in words. */
  englishMaxWords: number;
  /** Short forms that are common words (from the resource's dictionary-derived stop-list). */
  stop: Set<string>;
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
  for (const row of r.div) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string' || typeof row[2] !== 'number') {
      throw new Error('gazetteer: malformed division row');
    }
  }
  return r as RawResource;
}

/** Validates the resource and builds the indexes (about 40 ms for the full Chinese division table). */
export function parseGazetteer(json: unknown): Gazetteer {
  const raw = validate(json);
  const g: Gazetteer = {
    entries: [],
    byCode: new Map(),
    trie: new TrieTable(1 << 18),
    trieOut: [],
    english: new Map(),
    englishMaxWords: 1,
    stop: new Set(raw.stop),
  };
  let nodes = 1;
  const addForm = (text: string, entry: number, full: boolean) => {
    if (text.length < 2) return;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let next = g.trie.get(node, c);
      if (next < 0) {
        next = nodes++;
        g.trie.set(node, c, next);
      }
      node = next;
    }
    const form = { entry, full };
    const out = g.trieOut[node];
    if (!out) g.trieOut[node] = [form];
    else if (out[out.length - 1]!.entry !== entry) out.push(form);
  };
  const addEnglish = (name: string, entry: number) => {
    if (!name) return;
    const list = g.english.get(name);
    if (list) list.push(entry);
    else g.english.set(name, [entry]);
    g.englishMaxWords = Math.max(g.englishMaxWords, name.split(' ').length);
  };
  const push = (e: PlaceEntry) => {
    g.entries.push(e);
    if (e.code) g.byCode.set(e.code, g.entries.length - 1);
    return g.entries.length - 1;
  };

  const china = push({ name: '中国', level: 'country', code: 'CN', parent: -1 });
  for (const [code, name, parent] of raw.div) {
    const level = divisionLevel(code);
    const idx = push({ name, level, code, parent: parent >= 0 ? parent + 1 : china });
    addForm(name, idx, true);
    const short = shortForm(name, level);
    if (short) addForm(short, idx, false);
  }
  for (const [iso, zh, en] of raw.countries) {
    const idx = iso === 'CN' ? china : push({ name: zh.split('|')[0] || iso, level: 'country', code: iso, parent: -1 });
    for (const n of zh.split('|')) addForm(n, idx, true);
    for (const n of COUNTRY_ALIASES_ZH[iso] ?? []) addForm(n, idx, true);
    for (const n of en.split('|')) if (!EN_COUNTRY_EXCLUDE.has(n)) addEnglish(n, idx);
    for (const n of COUNTRY_ALIASES_EN[iso] ?? []) addEnglish(n, idx);
  }
  for (const [zh, en] of REGIONS) {
    const idx = push({ name: zh || en, level: 'region', code: null, parent: -1 });
    addForm(zh, idx, true);
    addEnglish(en, idx);
  }
  for (const [zh, en, iso] of WORLD_CITIES) {
    const idx = push({ name: zh, level: 'city', code: null, parent: g.byCode.get(iso) ?? -1 });
    addForm(zh, idx, true);
    addEnglish(en, idx);
  }
  for (const [zh, en] of FEATURES) {
    const idx = push({ name: zh, level: 'feature', code: null, parent: -1 });
    addForm(zh, idx, true);
    addEnglish(en, idx);
  }
  for (const [code, names] of Object.entries(EN_DIVISIONS)) {
    const idx = g.byCode.get(code);
    if (idx !== undefined) for (const n of names) addEnglish(n, idx);
  }
  return g;
}

/** Walks the trie from `start`; calls `onMatch(end, forms)` for every surface form found. No allocation. */
export function walkTrie(g: Gazetteer, text: string, start: number, onMatch: (end: number, forms: SurfaceForm[]) => void): void {
  let node = 0;
  for (let i = start; i < text.length; i++) {
    const next = g.trie.get(node, text.charCodeAt(i));
    if (next < 0) return;
    node = next;
    const out = g.trieOut[node];
    if (out) onMatch(i + 1, out);
  }
}
