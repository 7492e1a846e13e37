// Reading the library: one filter shape for the popup list, the exports and the tests. The most selective
// index narrows the candidates; the rest of the filter is checked on each candidate.
import type { Collection } from 'dexie';
import type { Clipping } from '../clipping';
import type { FigureKind } from '../types';
import type { LibraryDb } from './db';
import { fromStored, searchableText, urlWithoutFragment, type StoredClipping } from './rows';
import { bestIndexToken, foldText, queryTerms } from './search-tokens';

export interface ClippingFilter {
  /** Free text: every word must occur (in the passage, note, tags, headline, title or site). */
  text?: string;
  /** A GB/T 2260 code (matches places inside it: 150600 finds 150622) or an ISO country code. */
  placeCode?: string;
  figureKind?: FigureKind;
  site?: string;
  tag?: string;
  articleKey?: string;
  /** Saved at or after (epoch ms). */
  from?: number;
  /** Saved before (epoch ms, exclusive). */
  to?: number;
}

function matchesText(row: StoredClipping, terms: string[]): boolean {
  if (terms.length === 0) return true;
  const hay = foldText(searchableText(row));
  return terms.every((t) => hay.includes(t));
}

export function matchesFilter(row: StoredClipping, f: ClippingFilter, terms = queryTerms(f.text ?? '')): boolean {
  if (f.placeCode && !row.placeCodes.includes(f.placeCode)) return false;
  if (f.figureKind && !row.figureKinds.includes(f.figureKind)) return false;
  if (f.site && row.site !== f.site) return false;
  if (f.tag && !row.tags.includes(f.tag)) return false;
  if (f.articleKey && row.articleKey !== f.articleKey) return false;
  if (f.from !== undefined && row.createdAt < f.from) return false;
  if (f.to !== undefined && row.createdAt >= f.to) return false;
  return matchesText(row, terms);
}

function candidates(db: LibraryDb, f: ClippingFilter): Collection<StoredClipping, string> {
  const t = db.clippings;
  const token = f.text ? bestIndexToken(f.text) : null;
  if (token) {
    return token.prefix
      ? t.where('searchTokens').startsWith(token.token).distinct()
      : t.where('searchTokens').equals(token.token);
  }
  if (f.articleKey) return t.where('articleKey').equals(f.articleKey);
  if (f.placeCode) return t.where('placeCodes').equals(f.placeCode);
  if (f.tag) return t.where('tags').equals(f.tag);
  if (f.site) return t.where('site').equals(f.site);
  if (f.figureKind) return t.where('figureKinds').equals(f.figureKind);
  if (f.from !== undefined || f.to !== undefined) {
    return t.where('createdAt').between(f.from ?? -Infinity, f.to ?? Infinity, true, false);
  }
  return t.toCollection();
}

/** Newest first, ties broken by id so the order is stable. */
export function byNewest(a: Clipping, b: Clipping): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Clippings matching the filter, newest first. */
export async function queryClippings(db: LibraryDb, filter: ClippingFilter = {}): Promise<Clipping[]> {
  const terms = queryTerms(filter.text ?? '');
  const rows = await candidates(db, filter)
    .filter((row) => matchesFilter(row, filter, terms))
    .toArray();
  return rows.map(fromStored).sort(byNewest);
}

export async function countClippings(db: LibraryDb): Promise<number> {
  return db.clippings.count();
}

/** Everything, oldest first (the order backups use). */
export async function allClippings(db: LibraryDb): Promise<Clipping[]> {
  const rows = await db.clippings.toArray();
  return rows.map(fromStored).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Clippings saved from one page (any article on it), oldest first: what the content script paints again. */
export async function clippingsForUrl(db: LibraryDb, url: string): Promise<Clipping[]> {
  const rows = await db.clippings.where('articleKey').startsWith(`${urlWithoutFragment(url)}\u0000`).toArray();
  return rows.map(fromStored).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}
