// Reading the library a page at a time. A filter is answered from the indexes as primary keys (which are cheap
// to read), ordered newest first with the createdAt index; only the rows a reader is looking at are read whole.
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

/** Key sets of every indexed part of the filter; null when nothing but the date range narrows. */
async function indexedKeys(db: LibraryDb, f: ClippingFilter): Promise<{ keys: Set<string> | null; unchecked: boolean }> {
  const t = db.clippings;
  const reads: Promise<string[]>[] = [];
  let unchecked = false;
  if (f.text && queryTerms(f.text).length > 0) {
    const plan = indexPlan(f.text);
    unchecked = !plan.exact;
    for (const l of plan.lookups) reads.push(l.prefix ? t.where('searchTokens').startsWith(l.token).primaryKeys() : t.where('searchTokens').equals(l.token).primaryKeys());
  }
  if (f.articleKey) reads.push(t.where('articleKey').equals(f.articleKey).primaryKeys());
  if (f.placeCode) reads.push(t.where('placeCodes').equals(f.placeCode).primaryKeys());
  if (f.tag) reads.push(t.where('tags').equals(f.tag).primaryKeys());
  if (f.site) reads.push(t.where('site').equals(f.site).primaryKeys());
  if (f.figureKind) reads.push(t.where('figureKinds').equals(f.figureKind).primaryKeys());
  const sets = (await Promise.all(reads)).map((keys) => new Set(keys));
  return { keys: intersect(sets), unchecked };
}

/** Ids in list order within the date range (the whole library when there is none). */
async function idsNewestFirst(db: LibraryDb, f: ClippingFilter): Promise<string[]> {
  const range = f.from !== undefined || f.to !== undefined ? db.clippings.where('createdAt').between(f.from ?? -Infinity, f.to ?? Infinity, true, false) : db.clippings.orderBy('createdAt');
  return (await range.primaryKeys()).reverse();
}

/** Every clipping the filter selects, as ids newest first; reads keys only, never whole rows. */
export async function findMatches(db: LibraryDb, filter: ClippingFilter): Promise<Matches> {
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

/** The first matches of a filter, newest first, found without listing every match. */
export interface FirstMatches {
  ids: string[];
  clippings: Clipping[];
  /** True when these are all the matches. */
  complete: boolean;
  /** How many the indexes say there may be (exact unless `unchecked`); null when no index narrowed. */
  estimate: number | null;
  unchecked: boolean;
}

/** Up to this many candidates are read whole and sorted; more are met in time order instead. */
const READ_ALL_BELOW = 300;

/**
 * The newest `want` clippings a filter selects. A few candidates are read and sorted; many are met walking the
 * createdAt index backwards a chunk of keys at a time (each chunk one key read), so only the rows shown are read.
 */
export async function firstMatches(db: LibraryDb, filter: ClippingFilter, want: number): Promise<FirstMatches> {
  return db.transaction('r', db.clippings, () => firstMatchesIn(db, filter, want));
}

async function firstMatchesIn(db: LibraryDb, filter: ClippingFilter, want: number): Promise<FirstMatches> {
  const terms = queryTerms(filter.text ?? '');
  const { keys, unchecked } = await indexedKeys(db, filter);
  const estimate = keys ? keys.size : null;
  if (keys && keys.size <= READ_ALL_BELOW) {
    const rows = (await db.clippings.bulkGet([...keys])).filter((r): r is StoredClipping => r !== undefined && matchesFilter(r, filter, terms));
    const clippings = rows.map(fromStored).sort(byNewestId);
    return { ids: clippings.map((c) => c.id), clippings, complete: true, estimate: clippings.length, unchecked: false };
  }
  const lo = filter.from ?? -Infinity;
  let hi = filter.to ?? Infinity;
  let hiOpen = filter.to !== undefined;
  let seen = new Set<string>();
  const found: Clipping[] = [];
  let chunk = 256;
  for (;;) {
    const range = db.clippings.where('createdAt').between(lo, hi, true, !hiOpen);
    const raw = await range.reverse().limit(chunk).primaryKeys();
    const exhausted = raw.length < chunk;
    const batch = raw.filter((id) => !seen.has(id) && (!keys || keys.has(id)));
    const rows = await db.clippings.bulkGet(batch);
    for (const r of rows) if (r && found.length < want && matchesFilter(r, filter, terms)) found.push(fromStored(r));
    if (found.length >= want || exhausted) {
      return { ids: found.map((c) => c.id), clippings: found, complete: exhausted && found.length < want, estimate, unchecked };
    }
    // Go on below the oldest key read; the ones read at that very millisecond are skipped by id.
    const last = await db.clippings.get(raw[raw.length - 1]!);
    if (!last || last.createdAt !== hi) seen = new Set();
    for (const id of raw) seen.add(id);
    if (last) hi = last.createdAt;
    hiOpen = false;
    chunk = Math.min(chunk * 4, 4096 + seen.size);
  }
}

function byNewestId(a: Clipping, b: Clipping): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
