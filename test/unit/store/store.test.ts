import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import {
  LibraryDb,
  SCHEMA_V1,
  StoreError,
  allClippings,
  clippingsForUrl,
  deleteClipping,
  getClipping,
  openLibrary,
  queryClippings,
  restoreClipping,
  rollUpCodes,
  saveClipping,
  updateClipping,
} from '../../../lib/store';
import { DONGSHENG, ECOMMERCE, FREIGHT, BAOTOU, PAGE_URL, SNOW, SAMPLE_CLIPPINGS, freshName } from './clipping-fixtures';
import { searchTokens } from '../../../lib/store/search-tokens';
import { freshLibraries } from './fresh-library';

const { library, track } = freshLibraries('store');

describe('place codes roll up', () => {
  it('rolls a county up to its prefecture and province, and a township to its county first', () => {
    expect(rollUpCodes('150205')).toEqual(['150205', '150200', '150000']);
    expect(rollUpCodes('150622101')).toEqual(['150622101', '150622', '150600', '150000']);
    expect(rollUpCodes('150622101001')).toEqual(['150622101001', '150622', '150600', '150000']);
    expect(rollUpCodes('150000')).toEqual(['150000']);
    expect(rollUpCodes('MN')).toEqual(['MN']);
  });
});

describe('search tokens', () => {
  it('indexes Chinese as bigrams and English as lower-cased words', () => {
    const tokens = searchTokens('进出境货运量 Cross-Border GDP');
    expect(tokens).toEqual(expect.arrayContaining(['货运', '运量', 'cross', 'border', 'gdp']));
    expect(tokens).not.toContain('货运量');
  });
});

describe('saving and reading clippings', () => {
  it('stores a clipping with id and times, and reads it back unchanged', async () => {
    const db = library('save');
    const saved = await saveClipping(db, FREIGHT, 1000);
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.createdAt).toBe(1000);
    expect(saved.updatedAt).toBe(1000);
    expect(await getClipping(db, saved.id)).toEqual(saved);
    expect(await db.articles.count()).toBe(1);
    expect((await db.tags.toArray()).map((t) => t.name).sort()).toEqual(['口岸', '货运']);
  });

  it('finds a Chinese word inside running text: 货运量 finds 进出境货运量5842.2万吨', async () => {
    const db = library('search-zh');
    await saveClipping(db, FREIGHT);
    await saveClipping(db, SNOW);
    await saveClipping(db, ECOMMERCE);
    const hits = await queryClippings(db, { text: '货运量' });
    expect(hits.map((c) => c.text)).toEqual([FREIGHT.text]);
    expect(await queryClippings(db, { text: '量5842' })).toHaveLength(1);
    expect(await queryClippings(db, { text: '货运 毫米' })).toHaveLength(0);
    expect(await queryClippings(db, { text: '毫' })).toHaveLength(1);
  });

  it('finds English words in notes case-insensitively, by prefix', async () => {
    const db = library('search-en');
    await saveClipping(db, FREIGHT);
    await saveClipping(db, ECOMMERCE);
    expect((await queryClippings(db, { text: 'Cross-Border' })).map((c) => c.text)).toEqual([ECOMMERCE.text]);
    expect(await queryClippings(db, { text: 'b2b exp' })).toHaveLength(1);
    expect(await queryClippings(db, { text: 'export zebra' })).toHaveLength(0);
  });

  it('filters by a prefecture code to find clippings naming its counties', async () => {
    const db = library('places');
    await saveClipping(db, SNOW);
    await saveClipping(db, DONGSHENG);
    await saveClipping(db, BAOTOU);
    await saveClipping(db, FREIGHT);
    const ordos = await queryClippings(db, { placeCode: '150600' });
    expect(ordos.map((c) => c.text).sort()).toEqual([DONGSHENG.text, SNOW.text].sort());
    expect((await queryClippings(db, { placeCode: '150000' })).length).toBe(3);
    expect((await queryClippings(db, { placeCode: '150602' })).map((c) => c.text)).toEqual([DONGSHENG.text]);
  });

  it('filters by figure kind, site, tag and date range, combined with text', async () => {
    const db = library('filters');
    await saveClipping(db, FREIGHT, 1000);
    await saveClipping(db, ECOMMERCE, 2000);
    await saveClipping(db, SNOW, 3000);
    expect((await queryClippings(db, { figureKind: 'money' })).map((c) => c.text)).toEqual([ECOMMERCE.text]);
    expect((await queryClippings(db, { tag: '天气' })).map((c) => c.text)).toEqual([SNOW.text]);
    expect(await queryClippings(db, { site: 'szb.northnews.cn' })).toHaveLength(3);
    expect(await queryClippings(db, { site: 'example.com' })).toHaveLength(0);
    expect((await queryClippings(db, { from: 1500, to: 3000 })).map((c) => c.text)).toEqual([ECOMMERCE.text]);
    expect((await queryClippings(db, { text: '增长', figureKind: 'percent' })).map((c) => c.text)).toEqual([FREIGHT.text]);
    expect((await queryClippings(db)).map((c) => c.createdAt)).toEqual([3000, 2000, 1000]);
    expect(await clippingsForUrl(db, `${PAGE_URL}#top`)).toHaveLength(3);
  });

  it('edits note, tags and colour, and the search index follows the edit', async () => {
    const db = library('edit');
    const saved = await saveClipping(db, SNOW, 1000);
    const edited = await updateClipping(db, saved.id, { note: 'Snow eased the drought', tags: ['天气', ' drought ', ''], color: 'pink' }, 2000);
    expect(edited).toMatchObject({ note: 'Snow eased the drought', tags: ['天气', 'drought'], color: 'pink', updatedAt: 2000 });
    expect(await queryClippings(db, { text: 'drought' })).toHaveLength(1);
    expect(await queryClippings(db, { tag: 'drought' })).toHaveLength(1);
    await expect(updateClipping(db, 'missing', { note: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('deletes a clipping and undo brings it back exactly', async () => {
    const db = library('undo');
    const saved = await saveClipping(db, FREIGHT);
    const deleted = await deleteClipping(db, saved.id);
    expect(await queryClippings(db, { text: '货运量' })).toHaveLength(0);
    await restoreClipping(db, deleted!);
    expect(await getClipping(db, saved.id)).toEqual(saved);
    expect(await queryClippings(db, { text: '货运量' })).toHaveLength(1);
  });
});

describe('schema versions', () => {
  it('upgrades a version 1 library to version 2 with nothing lost and the new indexes filled', async () => {
    const name = freshName('upgrade');
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const rows = SAMPLE_CLIPPINGS.map((c) => ({
      ...c,
      articleKey: `${c.url}\u0000${c.article?.headline ?? ''}`,
      figureKinds: [...new Set(c.figures.map((f) => f.kind))],
    }));
    await v1.table('clippings').bulkAdd(rows);
    await v1.table('tags').bulkAdd([{ name: '口岸' }, { name: '天气' }]);
    await v1.table('articles').add({ key: 'k', url: PAGE_URL, site: 'szb.northnews.cn', pageTitle: 't', headline: 'h', firstSavedAt: 1, lastSavedAt: 1 });
    v1.close();

    const db = new LibraryDb(name);
    track(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await allClippings(db)).toEqual(SAMPLE_CLIPPINGS);
    expect(await db.articles.count()).toBe(1);
    expect((await db.tags.toArray()).map((t) => [t.name, t.lastUsedAt])).toEqual([['口岸', 0], ['天气', 0]]);
    expect((await queryClippings(db, { text: '货运量' })).map((c) => c.id)).toEqual([SAMPLE_CLIPPINGS[0]!.id]);
    expect(await queryClippings(db, { placeCode: '150600' })).toHaveLength(2);
  });
});

describe('failures', () => {
  // The disk fills at the save's last write (its tags), after the clipping and its article were written: only the
  // transaction's rollback keeps them out. Checked: with the transaction removed from write() in
  // lib/store/clippings.ts (body() called directly) this test fails, 1 clipping and 1 article left behind.
  it('turns a full disk into a clear typed error and stores nothing, not even what was written before it', async () => {
    const db = library('quota');
    await db.open();
    const table = db.tags;
    const original = table.bulkPut.bind(table);
    table.bulkPut = (() => {
      const e = new Error('The quota has been exceeded.');
      e.name = 'QuotaExceededError';
      return Dexie.Promise.reject(new Dexie.QuotaExceededError(e));
    }) as typeof table.bulkPut;
    const error = await saveClipping(db, { ...FREIGHT, tags: ['口岸'] }).catch((e: unknown) => e);
    table.bulkPut = original;
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('quota');
    expect((error as StoreError).message).toMatch(/no room left.*Nothing was saved/);
    expect(await db.clippings.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
    expect(await db.tags.count()).toBe(0);
  });

  // Each save reads its article and writes it back with the later time: two windows interleaving those reads and
  // writes would lose updates (an article listed as last saved earlier than its newest clipping). Saves are timed
  // out of order on purpose. Checked: with the transaction removed from write() in lib/store/clippings.ts this test
  // fails on lastSavedAt.
  it('keeps every clipping, and the newest time of each article, when two windows save at the same time', async () => {
    const name = freshName('concurrent');
    const a = new LibraryDb(name);
    const b = new LibraryDb(name);
    track(a, b);
    const saves = [];
    const at = (i: number) => 1_700_000_000_000 + ((i * 7) % 20) * 1000;
    for (let i = 0; i < 20; i++) {
      saves.push(saveClipping(a, { ...FREIGHT, note: `a${i}`, tags: ['a', 'shared'] }, at(i)));
      saves.push(saveClipping(b, { ...SNOW, note: `b${i}`, tags: ['b', 'shared'] }, at(i) + 1));
    }
    const saved = await Promise.all(saves);
    expect(new Set(saved.map((c) => c.id)).size).toBe(40);
    expect(await a.clippings.count()).toBe(40);
    const notes = (await queryClippings(b)).map((c) => c.note).sort();
    expect(notes).toHaveLength(40);
    expect((await b.tags.toArray()).map((t) => t.name).sort()).toEqual(['a', 'b', 'shared']);
    const articles = await b.articles.toArray();
    expect(articles).toHaveLength(2);
    for (const article of articles) {
      const newest = Math.max(...saved.filter((c) => article.url.startsWith(c.url.split('#')[0]!) && (c.article?.headline ?? c.pageTitle) === article.headline).map((c) => c.updatedAt));
      expect(article.lastSavedAt).toBe(newest);
    }
  });

  // The article is written after the clipping: without the transaction's rollback the clipping would stay.
  // Checked: with the transaction removed from write() in lib/store/clippings.ts this test fails (1 clipping).
  it('leaves no half-written clipping when a write is interrupted', async () => {
    const db = library('abort');
    await db.open();
    const put = db.articles.put.bind(db.articles);
    db.articles.put = (() => Dexie.Promise.reject(new Error('window closed'))) as typeof db.articles.put;
    await expect(saveClipping(db, FREIGHT)).rejects.toBeInstanceOf(StoreError);
    db.articles.put = put;
    expect(await db.clippings.count()).toBe(0);
  });
});
