// Reading the library whole: the exports, backups and the content script. The popup list reads a page at a
// time instead (pages.ts); both select with the same indexes, so they list the same clippings in the same order.
import { byOldest, type Clipping } from '../clipping';
import type { LibraryDb } from './db';
import { type ClippingFilter } from './filter';
import { checkMatches, findMatches, isEmptyFilter, readClippings } from './pages';
import { fromStored, urlWithoutFragment } from './rows';

export { matchesFilter, type ClippingFilter } from './filter';

/** Newest first, ties broken by id (highest first, as the createdAt index reads backwards) so the order is stable. */
export function byNewest(a: Clipping, b: Clipping): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Clippings matching the filter, newest first. */
export async function queryClippings(db: LibraryDb, filter: ClippingFilter = {}): Promise<Clipping[]> {
  if (isEmptyFilter(filter)) return (await db.clippings.toArray()).map(fromStored).sort(byNewest);
  return db.transaction('r', db.clippings, async () => {
    const found = await findMatches(db, filter);
    if (found.clippings) return found.clippings;
    return found.unchecked ? (await checkMatches(db, found.ids, filter)).clippings : readClippings(db, found.ids);
  });
}

export async function countClippings(db: LibraryDb): Promise<number> {
  return db.clippings.count();
}

/** Everything, oldest first (the order backups use). */
export async function allClippings(db: LibraryDb): Promise<Clipping[]> {
  const rows = await db.clippings.toArray();
  return rows.map(fromStored).sort(byOldest);
}

/** Clippings saved from one page (any article on it), oldest first: what the content script paints again. */
export async function clippingsForUrl(db: LibraryDb, url: string): Promise<Clipping[]> {
  const rows = await db.clippings.where('articleKey').startsWith(`${urlWithoutFragment(url)}\u0000`).toArray();
  return rows.map(fromStored).sort(byOldest);
}
