// How many clippings the filter selects mention each place, for the library's map, read from the placeCodes index
// alone (keys, never whole rows): on a 10,000-clipping library reading every row to count its places was most of
// the map's time. The same counts as countPlaces (lib/summary/places.ts) over the filtered clippings.
import type { LibraryDb } from './db';
import type { ClippingFilter } from './filter';
import { checkMatches, findMatches, isEmptyFilter } from './pages';
import { isMainlandCode, type PlaceCounts } from '../summary/places';

export async function placeCountsOf(db: LibraryDb, filter: ClippingFilter = {}): Promise<PlaceCounts> {
  return db.transaction('r', db.clippings, async () => {
    let within: Set<string> | null = null;
    if (!isEmptyFilter(filter)) {
      const found = await findMatches(db, filter);
      within = new Set(found.clippings ? found.clippings.map((c) => c.id) : found.unchecked ? (await checkMatches(db, found.ids, filter)).ids : found.ids);
    }
    const codes = (await db.clippings.orderBy('placeCodes').uniqueKeys()).map(String);
    // One key list per code the library files clippings under (each clipping once per code, rolled up as the
    // place filter files them).
    const ids = await Promise.all(codes.map((code) => db.clippings.where('placeCodes').equals(code).primaryKeys()));
    const byCode = new Map<string, number>();
    const inChina = new Set<string>();
    codes.forEach((code, k) => {
      const list = within ? ids[k]!.filter((id) => within.has(id)) : ids[k]!;
      if (list.length === 0) return;
      byCode.set(code, list.length);
      if (code === 'CN' || isMainlandCode(code)) for (const id of list) inChina.add(id);
    });
    let max = inChina.size;
    for (const n of byCode.values()) if (n > max) max = n;
    return { byCode, china: inChina.size, max };
  });
}
