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

/** A walk down the createdAt index: where it goes on, what it has read and found. */
interface Walk {
  hi: number;
  hiOpen: boolean;
  /** Ids read at the millisecond `hi` (the next chunk starts there again). */
  seen: Set<string>;
  found: Clipping[];
  walked: number;
  chunk: number;
}

/** What a first-page search checks rows with. */
interface Search {
  filter: ClippingFilter;
  want: number;
  unchecked: boolean;
  check: (r: StoredClipping | undefined) => r is StoredClipping;
}

function startWalk(f: ClippingFilter, chunk: number): Walk {
  return { hi: f.to ?? Infinity, hiOpen: f.to !== undefined, seen: new Set(), found: [], walked: 0, chunk };
}

function newestBelow(db: LibraryDb, f: ClippingFilter, w: Walk): Collection<StoredClipping, string> {
  return db.clippings.where('createdAt').between(f.from ?? -Infinity, w.hi, true, !w.hiOpen).reverse().limit(w.chunk);
}

/**
 * Takes one chunk read (its ids in index order, and the rows to check): the answer when it completes the page or
 * ends the range, else null. Synchronous, like moveOn, so a transaction's awaits stay on its own requests.
 */
function takeChunk(s: Search, w: Walk, raw: string[], rows: (StoredClipping | undefined)[], keys: Set<string> | null): FirstMatches | null {
  const exhausted = raw.length < w.chunk;
  w.walked += raw.length;
  for (const r of rows) if (w.found.length < s.want && s.check(r)) w.found.push(fromStored(r));
  if (w.found.length < s.want && !exhausted) return null;
  const complete = exhausted && w.found.length < s.want;
  return { ids: w.found.map((c) => c.id), clippings: w.found, complete, estimate: complete ? w.found.length : (keys?.size ?? null), unchecked: s.unchecked };
}

/**
 * Moves the walk below a chunk that did not answer, from the millisecond of its oldest entry (`last`): the entries
 * read at it are skipped by id. With the chunk's rows (`read`) those are known; with only keys, every id of the
 * chunk is kept.
 */
function moveOn(s: Search, w: Walk, raw: string[], last: StoredClipping | undefined, read: StoredClipping[] | null): void {
  if (!last || last.createdAt !== w.hi) w.seen = new Set();
  if (read) {
    for (const r of read) if (r.createdAt === last?.createdAt) w.seen.add(r.id);
  } else {
    for (const id of raw) w.seen.add(id);
  }
  if (last) w.hi = last.createdAt;
  w.hiOpen = false;
  // Enough to find the rest at the density seen so far (with a margin), else four times as far; plus the entries
  // read again at that millisecond, so the walk always moves on.
  const needed = w.found.length > 0 ? Math.ceil(((s.want - w.found.length) * w.walked * 1.3) / w.found.length) : w.chunk * 4;
  w.chunk = Math.max(64, Math.min(needed, 4096)) + w.seen.size;
}

/** Takes a chunk of rows read (every row checked), moving the walk on when it does not answer. */
function takeRows(s: Search, w: Walk, all: StoredClipping[]): FirstMatches | null {
  const raw = all.map((r) => r.id);
  const done = takeChunk(s, w, raw, all.filter((r) => !w.seen.has(r.id)), null);
  if (!done) moveOn(s, w, raw, all[all.length - 1], all);
  return done;
}

/**
 * The newest `want` clippings a filter selects, found without listing every match. The newest rows are read first,
 * in one request of its own (no transaction to wait on): a common query finds its page there. A write between that
 * read and the rest re-runs the live query showing the result, so the rest may read in a transaction of its own.
 */
export async function firstMatches(db: LibraryDb, filter: ClippingFilter, want: number): Promise<FirstMatches> {
  const terms = queryTerms(filter.text ?? '');
  const search: Search = {
    filter,
    want,
    unchecked: terms.length > 0 && !indexPlan(filter.text ?? '').exact,
    check: (r): r is StoredClipping => r !== undefined && matchesFilter(r, filter, terms),
  };
  const walk = startWalk(filter, Math.min(want * FIRST_CHUNK_PER_ROW, WALK_BUDGET));
  const first = takeRows(search, walk, await newestBelow(db, filter, walk).toArray());
  return first ?? db.transaction('r', db.clippings, () => firstMatchesIn(db, search, walk));
}

/**
 * The rest of a first-page search whose newest rows held too few matches. Each indexed part of the filter is read
 * up to READ_ALL_AT_MOST + 1 keys: a part with fewer is rare, and its clippings are read, checked and sorted.
 * Otherwise matches are common enough to meet walking the createdAt index further, each chunk sized by how dense
 * matches were so far. Only if they turn out sparse (every part common, their combination rare) are the key sets
 * intersected and the survivors read in time order.
 */
async function firstMatchesIn(db: LibraryDb, s: Search, walk: Walk): Promise<FirstMatches> {
  const lookups = lookupsOf(db, s.filter);
  const firstKeys = await Promise.all(lookups.map((l) => l.keys(READ_ALL_AT_MOST + 1)));
  const rare = firstKeys.findIndex((k) => k.length <= READ_ALL_AT_MOST);
  if (rare >= 0) {
    const clippings = checkedSorted(await lookups[rare]!.rows(), s.check);
    return { ids: clippings.map((c) => c.id), clippings, complete: true, estimate: clippings.length, unchecked: false };
  }
  while (walk.walked < WALK_BUDGET) {
    walk.chunk = Math.min(walk.chunk, WALK_BUDGET - walk.walked);
    const done = takeRows(s, walk, await newestBelow(db, s.filter, walk).toArray());
    if (done) return done;
  }
  const keys = intersect((await Promise.all(lookups.map((l) => l.keys()))).map((k) => new Set(k)));
  const keyed = startWalk(s.filter, 256);
  for (;;) {
    const raw = await newestBelow(db, s.filter, keyed).primaryKeys();
    const rows = await db.clippings.bulkGet(raw.filter((id) => !keyed.seen.has(id) && keys?.has(id) !== false));
    const done = takeChunk(s, keyed, raw, rows, keys);
    if (done) return done;
    moveOn(s, keyed, raw, await db.clippings.get(raw[raw.length - 1]!), null);
  }
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
