// The map's counts read from the place index alone give what counting the filtered clippings' places gives: per
// place (a county counted for its prefecture and province), China's total, and the top of the scale.
import { describe, expect, it } from 'vitest';
import { placeCountsOf, queryClippings, saveClipping, type ClippingFilter } from '../../../lib/store';
import { seedClippings } from '../../../lib/store/seed';
import { countPlaces } from '../../../lib/summary/places';
import { ECOMMERCE, SNOW } from './clipping-fixtures';
import { freshLibraries } from './fresh-library';

const { library } = freshLibraries('place-counts');

describe('the map\'s place counts', () => {
  it('match the counts over the filtered clippings, with and without a filter', async () => {
    const db = library();
    await seedClippings(db, 400);
    await saveClipping(db, { ...SNOW, note: '降雪' });
    await saveClipping(db, ECOMMERCE);
    const filters: ClippingFilter[] = [{}, { placeCode: '150600' }, { text: '降雪' }, { figureKind: 'money' }, { text: '口岸', placeCode: '150000' }, { text: '没有这样的词' }];
    for (const filter of filters) {
      const fromIndex = await placeCountsOf(db, filter);
      const fromRows = countPlaces(await queryClippings(db, filter));
      expect({ filter, china: fromIndex.china, max: fromIndex.max, byCode: [...fromIndex.byCode].sort() }).toEqual({
        filter,
        china: fromRows.china,
        max: fromRows.max,
        byCode: [...fromRows.byCode].sort(),
      });
    }
    expect((await placeCountsOf(db, {})).byCode.get('150600')).toBeGreaterThan(0);
    // The codes the library page already read for its filter give the same counts.
    const codes = (await db.clippings.orderBy('placeCodes').uniqueKeys()).map(String);
    expect(await placeCountsOf(db, {}, codes)).toEqual(await placeCountsOf(db, {}));
  });

  it('counts a clipping naming two provinces once in China\'s total', async () => {
    const db = library();
    await seedClippings(db, 50);
    const guangzhou = { text: '广州', name: '广州市', level: 'prefecture' as const, code: '440100', start: 0, end: 2 };
    await saveClipping(db, { ...SNOW, text: `广州${SNOW.text}`, figures: [], places: [guangzhou] });
    await saveClipping(db, { ...SNOW, text: `广州${SNOW.text}`, figures: [], places: [guangzhou, { ...SNOW.places[0]!, start: SNOW.places[0]!.start + 2, end: SNOW.places[0]!.end + 2 }] });
    const fromRows = countPlaces(await queryClippings(db));
    const fromIndex = await placeCountsOf(db);
    expect(fromIndex.china).toBe(fromRows.china);
    expect(fromIndex.byCode.get('440000')).toBe(2);
    expect([...fromIndex.byCode].sort()).toEqual([...fromRows.byCode].sort());
  });
});
