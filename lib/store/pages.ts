// Reading the library a page at a time. The whole library pages off the createdAt index (newestPage). A filter's
// first page is found without listing every match (firstMatches); the full list of matches (findMatches) is read
// as rows when the filter's rarest index part is small, else as primary keys (index key sets intersected, kept in
// createdAt order), and then only the rows a reader is looking at are read whole. Every path lists the same
// clippings in the same order: newest first, clippings of one millisecond by id, highest first.
import type { Collection } from 'dexie';
import type { Clipping } from '../clipping';
import type { LibraryDb } from './db';
import { matchesFilter, type ClippingFilter } from './filter';
import { fromStored, type StoredClipping } from './rows';
import { indexPlan, queryTerms } from './search-tokens';

/** The clippings a filter selects, as ids in list order (newest first, ties by id, highest first). */
export interface Matches {
  ids: string[];
  /**
   * False when the indexes gave the exact answer. True when the search text could only be narrowed by its
   * tokens: then some ids may not really contain the text, and each row must pass `matchesFilter` before it is
   * shown or counted (see `checkMatches`).
   */
  unchecked: boolean;
}

/** True when the filter selects everything (the list then pages straight off the createdAt index). */
export function isEmptyFilter(f: ClippingFilter): boolean {
  return Object.values(f).every((v) => v === undefined || v === '');
}

function intersect(sets: Set<string>[]): Set<string> | null {
  if (sets.length === 0) return null;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out = new Set<string>();
  for (const id of smallest!) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

/** Key sets of every indexed part of the filter, intersected smallest first; null when nothing but the date
 * range narrows. */
async function indexedKeys(db: LibraryDb, f: ClippingFilter): Promise<{ keys: Set<string> | null; unchecked: boolean }> {
  const unchecked = queryTerms(f.text ?? '').length > 0 && !indexPlan(f.text ?? '').exact;
  const sets = (await Promise.all(lookupsOf(db, f).map((l) => l.keys()))).map((keys) => new Set(keys));
  return { keys: intersect(sets), unchecked };
}

/** Ids in list order within the date range (the whole library when there is none). */
async function idsNewestFirst(db: LibraryDb, f: ClippingFilter): Promise<string[]> {
  const range = f.from !== undefined || f.to !== undefined ? db.clippings.where('createdAt').between(f.from ?? -Infinity, f.to ?? Infinity, true, false) : db.clippings.orderBy('createdAt');
  return (await range.primaryKeys()).reverse();
}

/** Reading this many rows in one request costs about what listing a 10,000-clipping library's keys in time order
 * does (a key is roughly a third of a row), and the rows answer exactly; above it, keys are read instead. */
const READ_ROWS_AT_MOST = 3000;

/**
 * Every clipping the filter selects, newest first. When the filter's rarest index entry is small its rows are read,
 * checked and sorted (the answer is then exact, with rows); otherwise only keys are read: the index key sets,
 * intersected, kept in the order of the createdAt index.
 */
export async function findMatches(db: LibraryDb, filter: ClippingFilter): Promise<Matches & { clippings?: Clipping[] }> {
  const lookups = lookupsOf(db, filter);
  if (lookups.length > 0) {
    const counts = await Promise.all(lookups.map((l) => l.count()));
    const rarest = counts.indexOf(Math.min(...counts));
    if (counts[rarest]! <= READ_ROWS_AT_MOST) {
      const terms = queryTerms(filter.text ?? '');
      const clippings = checkedSorted(await lookups[rarest]!.rows(), (r) => matchesFilter(r, filter, terms));
      return { ids: clippings.map((c) => c.id), unchecked: false, clippings };
    }
  }
  const [ordered, { keys, unchecked }] = await Promise.all([idsNewestFirst(db, filter), indexedKeys(db, filter)]);
  return { ids: keys ? ordered.filter((id) => keys.has(id)) : ordered, unchecked };
}

/** The rows of these ids, in the same order; ids deleted meanwhile are left out. */
export async function readClippings(db: LibraryDb, ids: string[]): Promise<Clipping[]> {
  const rows = await db.clippings.bulkGet(ids);
  return rows.filter((r): r is StoredClipping => r !== undefined).map(fromStored);
}

/** The rows of these ids that really match the filter (for `unchecked` matches), in order. */
export async function checkMatches(db: LibraryDb, ids: string[], filter: ClippingFilter): Promise<{ ids: string[]; clippings: Clipping[] }> {
  const terms = queryTerms(filter.text ?? '');
  const rows = (await db.clippings.bulkGet(ids)).filter((r): r is StoredClipping => r !== undefined && matchesFilter(r, filter, terms));
  return { ids: rows.map((r) => r.id), clippings: rows.map(fromStored) };
}

/** One page of the whole library, newest first, read from the createdAt index. */
export async function newestPage(db: LibraryDb, offset: number, limit: number): Promise<Clipping[]> {
  const rows = await db.clippings.orderBy('createdAt').reverse().offset(offset).limit(limit).toArray();
  return rows.map(fromStored);
}

/**
 * The article each id belongs to, read off the articleKey index (keys only), for grouping a list by article
 * without reading its rows.
 */
export async function articleKeysOf(db: LibraryDb, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(ids);
  const out = new Map<string, string>();
  await db.clippings.orderBy('articleKey').eachKey((key, cursor) => {
    const id = cursor.primaryKey as string;
    if (wanted.has(id)) out.set(id, String(key));
  });
  return out;
}

/** The first matches of a filter, newest first, found without listing every match: the newest `want`, or all of
 * them when they are few enough to have been read anyway (`complete`). */
export interface FirstMatches {
  ids: string[];
  clippings: Clipping[];
  /** True when these are all the matches. */
  complete: boolean;
  /** How many there are when `complete`; when not, how many the index key sets hold if they had to be read (exact
   * unless `unchecked`), else null: counting costs as much as finding the first page, so it is left to findMatches. */
  estimate: number | null;
  unchecked: boolean;
}

/** The newest `want` clippings a filter selects, found without listing every match (see firstMatchesIn). */
export async function firstMatches(db: LibraryDb, filter: ClippingFilter, want: number): Promise<FirstMatches> {
  return db.transaction('r', db.clippings, () => firstMatchesIn(db, filter, want));
}

/** A filter whose rarest index entry has at most this many clippings reads them all and sorts them. */
const READ_ALL_AT_MOST = 200;
/** The first chunk walked holds this many rows per match wanted: a page when one clipping in ten matches. */
const FIRST_CHUNK_PER_ROW = 10;
/** Rows read (newest first) looking for the first page before giving up on meeting it by walking. */
const WALK_BUDGET = 2048;

/** One indexed part of a filter: how many index entries it has, their keys, their rows (one read each). */
interface Lookup {
  count: () => Promise<number>;
  /** Keys (at most `limit`); a prefix lookup may list a clipping once per matching word. */
  keys: (limit?: number) => Promise<string[]>;
  rows: () => Promise<StoredClipping[]>;
}

function lookupsOf(db: LibraryDb, f: ClippingFilter): Lookup[] {
  const t = db.clippings;
  const out: Lookup[] = [];
  const add = (where: () => Collection<StoredClipping, string>) =>
    out.push({ count: () => where().count(), keys: (limit?: number) => (limit === undefined ? where() : where().limit(limit)).primaryKeys(), rows: () => where().toArray() });
  const equal = (index: string, value: string) => add(() => t.where(index).equals(value));
  if (f.text) {
    for (const l of indexPlan(f.text).lookups) {
      if (l.prefix) add(() => t.where('searchTokens').startsWith(l.token));
      else equal('searchTokens', l.token);
    }
  }
  if (f.articleKey) equal('articleKey', f.articleKey);
  if (f.placeCode) equal('placeCodes', f.placeCode);
  if (f.tag) equal('tags', f.tag);
  if (f.site) equal('site', f.site);
  if (f.figureKind) equal('figureKinds', f.figureKind);
  return out;
}

/**
 * The newest `want` clippings a filter selects, reading little. The newest rows are read first (one request) and
 * checked: a common query finds its page there and costs that one wait. Failing that, each indexed part of the
 * filter is read up to READ_ALL_AT_MOST + 1 keys: a part with fewer is rare, and its clippings are read, checked and
 * sorted. Otherwise matches are common enough to meet walking the createdAt index further, each chunk sized by how
 * dense matches were so far. Only if they turn out sparse (every part common, their combination rare) are the key
 * sets intersected and the survivors read in time order.
 */
async function firstMatchesIn(db: LibraryDb, filter: ClippingFilter, want: number): Promise<FirstMatches> {
  const terms = queryTerms(filter.text ?? '');
  const unchecked = terms.length > 0 && !indexPlan(filter.text ?? '').exact;
  const lookups = lookupsOf(db, filter);
  const check = (r: StoredClipping | undefined): r is StoredClipping => r !== undefined && matchesFilter(r, filter, terms);
  const lo = filter.from ?? -Infinity;
  const top = { hi: filter.to ?? Infinity, hiOpen: filter.to !== undefined };
  const newestBelow = (hi: number, hiOpen: boolean, limit: number) => db.clippings.where('createdAt').between(lo, hi, true, !hiOpen).reverse().limit(limit);

  const firstChunk = Math.min(want * FIRST_CHUNK_PER_ROW, WALK_BUDGET);
  /** The rare path, when some indexed part turns out to have few entries: all its clippings, checked and sorted. */
  const readRare = async (): Promise<FirstMatches | null> => {
    const probes = await Promise.all(lookups.map((l) => l.keys(READ_ALL_AT_MOST + 1)));
    const rare = probes.findIndex((k) => k.length <= READ_ALL_AT_MOST);
    if (rare < 0) return null;
    const clippings = checkedSorted(await lookups[rare]!.rows(), check);
    return { ids: clippings.map((c) => c.id), clippings, complete: true, estimate: clippings.length, unchecked: false };
  };

  const walk = async (
    keys: Set<string> | null,
    budget: number,
    orRare: (() => Promise<FirstMatches | null>) | null,
  ): Promise<FirstMatches | null> => {
    let { hi, hiOpen } = top;
    let seen = new Set<string>();
    const found: Clipping[] = [];
    let chunk = keys ? 256 : firstChunk;
    let walked = 0;
    for (;;) {
      const range = newestBelow(hi, hiOpen, chunk);
      // Without key sets the rows themselves are read and checked; with them, keys first, rows of survivors only.
      let raw: string[];
      let rows: (StoredClipping | undefined)[];
      let oldest: StoredClipping | undefined;
      if (keys) {
        raw = await range.primaryKeys();
        rows = await db.clippings.bulkGet(raw.filter((id) => !seen.has(id) && keys.has(id)));
      } else {
        const all = await range.toArray();
        raw = all.map((r) => r.id);
        rows = all.filter((r) => !seen.has(r.id));
        oldest = all[all.length - 1];
      }
      const exhausted = raw.length < chunk;
      walked += raw.length;
      for (const r of rows) if (found.length < want && check(r)) found.push(fromStored(r));
      if (found.length >= want || exhausted) {
        const complete = exhausted && found.length < want;
        return { ids: found.map((c) => c.id), clippings: found, complete, estimate: complete ? found.length : (keys?.size ?? null), unchecked };
      }
      // Short of a page in the newest rows: a rare part of the filter answers sooner than walking on.
      if (orRare) {
        const rare = await orRare();
        if (rare) return rare;
        orRare = null;
      }
      if (walked >= budget) return null;
      // Go on below the oldest entry read; the ones read at that very millisecond are skipped by id.
      const last = oldest ?? (await db.clippings.get(raw[raw.length - 1]!));
      if (!last || last.createdAt !== hi) seen = new Set();
      for (const id of raw) seen.add(id);
      if (last) hi = last.createdAt;
      hiOpen = false;
      // Enough to find the rest at the density seen so far (with a margin), else four times as far.
      const needed = found.length > 0 ? Math.ceil(((want - found.length) * walked * 1.3) / found.length) : chunk * 4;
      chunk = Math.max(64, Math.min(needed, 4096 + seen.size, keys ? Infinity : budget - walked));
    }
  };
  const walked = await walk(null, WALK_BUDGET, readRare);
  if (walked) return walked;
  const keys = intersect((await Promise.all(lookups.map((l) => l.keys()))).map((k) => new Set(k)));
  return (await walk(keys, Infinity, null))!;
}

/** Rows that pass, each once (a prefix lookup meets a row once per matching word), newest first. */
function checkedSorted(rows: StoredClipping[], pass: (r: StoredClipping) => boolean): Clipping[] {
  const seen = new Set<string>();
  const out: Clipping[] = [];
  for (const r of rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    if (pass(r)) out.push(fromStored(r));
  }
  return out.sort(byNewestId);
}

function byNewestId(a: Clipping, b: Clipping): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
