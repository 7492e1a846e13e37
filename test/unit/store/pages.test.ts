import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { checkMatches, findMatches, firstMatches, newestPage, openLibrary, queryClippings, saveClipping, type ClippingFilter, type LibraryDb } from '../../../lib/store';
import { seedClippings } from '../../../lib/store/seed';
import { toStored } from '../../../lib/store/rows';
import { FREIGHT, SNOW, freshName, stored } from './clipping-fixtures';

const ids = (list: { id: string }[]) => list.map((c) => c.id);

/** Every match, in list order, as the popup ends up listing them. */
async function listed(db: LibraryDb, f: ClippingFilter): Promise<string[]> {
  const m = await findMatches(db, f);
  return m.unchecked ? (await checkMatches(db, m.ids, f)).ids : m.ids;
}

describe('reading a large library a page at a time', () => {
  let db: LibraryDb;
  const SIZE = 1500;
  beforeAll(async () => {
    db = openLibrary(freshName('pages'));
    await seedClippings(db, SIZE);
  }, 60_000);
  afterAll(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  const filters: [string, ClippingFilter][] = [
    ['a common Chinese word', { text: '鄂尔多斯' }],
    ['a two-character word', { text: '口岸' }],
    ['an English word by prefix', { text: 'follo' }],
    ['a rare note', { text: 'Note 77:' }],
    ['a single character the index cannot narrow', { text: '旗' }],
    ['a word and a number run together', { text: '量5842' }],
    ['a site', { site: 'epaper.example.cn' }],
    ['a tag', { tag: 'trade' }],
    ['a prefecture with a figure kind', { placeCode: '150600', figureKind: 'quantity' }],
    ['a date range with a search', { text: '增长', from: Date.UTC(2023, 0, 10), to: Date.UTC(2023, 0, 20) }],
    ['nothing that exists', { text: '不存在的词' }],
  ];

  it.each(filters)('shows the newest matches of %s first, the same as the full query', async (_label, f) => {
    const full = await queryClippings(db, f);
    const first = await firstMatches(db, f, 32);
    expect(first.ids.slice(0, 32)).toEqual(ids(full).slice(0, 32));
    if (first.complete) expect(first.ids).toEqual(ids(full));
    else expect(first.ids).toHaveLength(32);
    expect(await listed(db, f)).toEqual(ids(full));
  });

  it('pages through the whole library newest first, in the order the full query lists it', async () => {
    const all = ids(await queryClippings(db));
    expect(all).toHaveLength(SIZE);
    const pages = [...(await newestPage(db, 0, 32)), ...(await newestPage(db, 32, 32)), ...(await newestPage(db, 1490, 32))];
    expect(ids(pages)).toEqual([...all.slice(0, 64), ...all.slice(1490)]);
  });
});

describe('search results are checked against the text', () => {
  const open: Dexie[] = [];
  afterEach(async () => {
    for (const d of open.splice(0)) {
      d.close();
      await Dexie.delete(d.name);
    }
  });

  it('does not list a clipping whose words have all the bigrams of the search, but apart', async () => {
    const db = openLibrary(freshName('apart'));
    open.push(db);
    const apart = await saveClipping(db, { ...FREIGHT, text: '鄂尔古纳河与尔多公路,多斯仓库', places: [], figures: [] }, 1000);
    const real = await saveClipping(db, SNOW, 2000);
    expect(ids(await queryClippings(db, { text: '鄂尔多斯' }))).toEqual([real.id]);
    expect((await firstMatches(db, { text: '鄂尔多斯' }, 10)).ids).toEqual([real.id]);
    expect(await listed(db, { text: '鄂尔多斯' })).toEqual([real.id]);
    expect(ids(await queryClippings(db, { text: '多斯仓库' }))).toEqual([apart.id]);
  });

  it('keeps clippings saved in the same millisecond in one stable order on every path', async () => {
    const db = openLibrary(freshName('ties'));
    open.push(db);
    for (let i = 0; i < 5; i++) await saveClipping(db, { ...FREIGHT, note: `n${i}` }, 5000);
    const full = ids(await queryClippings(db));
    expect(ids(await newestPage(db, 0, 10))).toEqual(full);
    expect((await firstMatches(db, { text: '货运' }, 10)).ids).toEqual(full);
    expect(await listed(db, { text: '货运' })).toEqual(full);
  });

  it('finds a first page past the newest rows when matches are few among many saved in one millisecond', async () => {
    const db = openLibrary(freshName('sparse-ties'));
    open.push(db);
    // Tag and site each common, together rare: the newest rows hold too few, every row ties on createdAt, and all
    // of them are found only by intersecting the key sets.
    const rows = Array.from({ length: 2600 }, (_, i) => {
      const both = i % 200 === 0;
      const site = both || i % 2 ? 'a.example' : 'b.example';
      const tags = both || !(i % 2) ? ['口岸'] : ['天气'];
      return toStored(stored({ ...FREIGHT, site, tags }, `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`, 7000));
    });
    await db.clippings.bulkPut(rows);
    const f: ClippingFilter = { site: 'a.example', tag: '口岸' };
    const full = ids(await queryClippings(db, f));
    expect(full).toHaveLength(13);
    const first = await firstMatches(db, f, 8);
    expect(first.ids).toEqual(full.slice(0, 8));
    expect((await firstMatches(db, f, 20)).ids).toEqual(full);
  });
});
