// How many clippings the filter selects mention each place, for the library's map, read from the placeCodes index
// alone (keys, never whole rows): on a 10,000-clipping library reading every row to count its places was most of
// the map's time. The same counts as countPlaces (lib/summary/places.ts) over the filtered clippings.
import type { LibraryDb } from './db';
import type { ClippingFilter } from './filter';
import { checkMatches, findMatches, isEmptyFilter } from './pages';
import { isMainlandCode, type PlaceCounts } from '../summary/places';

/**
 * `knownCodes`: the place codes the library files clippings under, when the caller has them already (the library
 * page reads them for its place filter): listing them again is the slowest read here (a unique-key walk of the
 * whole index). A code missing from them is simply not counted.
 */
export async function placeCountsOf(db: LibraryDb, filter: ClippingFilter = {}, knownCodes?: readonly string[]): Promise<PlaceCounts> {
  return db.transaction('r', db.clippings, async () => {
    let within: Set<string> | null = null;
    if (!isEmptyFilter(filter)) {
      const found = await findMatches(db, filter);
      within = new Set(found.clippings ? found.clippings.map((c) => c.id) : found.unchecked ? (await checkMatches(db, found.ids, filter)).ids : found.ids);
    }
    const codes = knownCodes ? [...knownCodes] : (await db.clippings.orderBy('placeCodes').uniqueKeys()).map(String);
    // Every mainland division rolls up to its province (rollUpCodes), so the clippings somewhere in mainland China
    // are those filed under a province or under China itself: only those codes' keys are read for China's total.
    const forChina = (code: string) => code === 'CN' || (isMainlandCode(code) && code.length === 6 && code.endsWith('0000'));
    const index = (code: string) => db.clippings.where('placeCodes').equals(code);
    // Without a filter a code's count is the index's own count; with one, its keys inside the filter's.
    // With one such code (a reader of one province's papers) China's total is that code's count: no keys at all.
    const chinaKeys = codes.filter(forChina).length > 1;
    const keysOf = await Promise.all(codes.map((code) => (within || (chinaKeys && forChina(code)) ? index(code).primaryKeys() : null)));
    const countOf = await Promise.all(codes.map((code, k) => (keysOf[k] ? null : index(code).count())));
    const byCode = new Map<string, number>();
    const inChina = new Set<string>();
    let china = 0;
    codes.forEach((code, k) => {
      const keys = keysOf[k];
      const list = keys && within ? keys.filter((id) => within.has(id)) : keys;
      const n = list ? list.length : countOf[k]!;
      if (n === 0) return;
      byCode.set(code, n);
      if (forChina(code)) {
        if (list) for (const id of list) inChina.add(id);
        else china = n;
      }
    });
    if (inChina.size) china = inChina.size;
    let max = china;
    for (const n of byCode.values()) if (n > max) max = n;
    return { byCode, china, max };
  });
}
