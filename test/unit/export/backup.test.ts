import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, backupToJson, exportBackup, importBackup, parseBackup } from '../../../lib/export/backup';
import { toWebAnnotationJson } from '../../../lib/export/web-annotation';
import { allClippings, saveClipping } from '../../../lib/store';
import { FREIGHT, SAMPLE_CLIPPINGS } from '../store/clipping-fixtures';
import { freshLibraries } from '../store/fresh-library';

const { library } = freshLibraries('backup');

const GOOD = backupToJson(SAMPLE_CLIPPINGS);

describe('JSON backup', () => {
  it('round-trips: export, import into an empty library, export again is byte-identical', async () => {
    const a = library('rt-a');
    await importBackup(a, GOOD);
    const first = await exportBackup(a);
    expect(first).toBe(GOOD);
    const b = library('rt-b');
    expect(await importBackup(b, first)).toEqual({ added: 5, updated: 0, unchanged: 0 });
    expect(await exportBackup(b)).toBe(first);
    expect(JSON.parse(first)).toMatchObject({ format: 'jianbao-backup', version: 1 });
    expect(Object.keys(JSON.parse(first))).toEqual(['format', 'version', 'clippings']);
  });

  it('merges without duplicates: the newer edit of a clipping wins, older ones are ignored', async () => {
    const db = library('merge');
    const own = await saveClipping(db, FREIGHT, 5000);
    await importBackup(db, GOOD);
    expect(await db.clippings.count()).toBe(6);
    expect(await importBackup(db, GOOD)).toEqual({ added: 0, updated: 0, unchanged: 5 });
    const edited = SAMPLE_CLIPPINGS.map((c, i) => (i === 0 ? { ...c, note: 'newer', updatedAt: c.updatedAt + 10 } : i === 1 ? { ...c, note: 'older', updatedAt: c.createdAt } : c));
    const older = { ...SAMPLE_CLIPPINGS[2]!, note: 'stale', updatedAt: SAMPLE_CLIPPINGS[2]!.createdAt };
    edited[2] = older;
    expect(await importBackup(db, backupToJson(edited))).toEqual({ added: 0, updated: 1, unchanged: 4 });
    const notes = new Map((await allClippings(db)).map((c) => [c.id, c.note]));
    expect(notes.get(SAMPLE_CLIPPINGS[0]!.id)).toBe('newer');
    expect(notes.get(SAMPLE_CLIPPINGS[2]!.id)).toBe(SAMPLE_CLIPPINGS[2]!.note);
    expect(notes.get(own.id)).toBe(FREIGHT.note);
  });

  const corrupt: [string, string, RegExp][] = [
    ['a truncated file', GOOD.slice(0, GOOD.length / 2), /not complete JSON/],
    ['an empty file', '', /not complete JSON/],
    ['another program’s JSON', JSON.stringify({ items: [] }), /not a Jianbao backup/],
    ['a JSON array', '[]', /not a Jianbao backup/],
    ['a newer format version', GOOD.replace('"version": 1', '"version": 2'), /version 2/],
    ['clippings that are not a list', JSON.stringify({ format: 'jianbao-backup', version: 1, clippings: {} }), /clippings should be a list/],
    ['a number where text belongs', GOOD.replace('"note": "全年货运量超预期"', '"note": 42'), /clippings\[0\]\.note should be text/],
    ['an unknown colour', GOOD.replace('"color": "green"', '"color": "red"'), /clippings\[0\]\.color/],
    ['figure offsets outside the text', GOOD.replace(/"end": 5\n/, '"end": 9999\n'), /outside its text/],
    ['a huge string', JSON.stringify({ format: 'jianbao-backup', version: 1, clippings: [{ ...SAMPLE_CLIPPINGS[0]!, text: 'x'.repeat(1_000_001), figures: [], places: [] }] }), /longer than 1000000/],
    ['a missing field', GOOD.replace(/"pageTitle": "[^"]*",\n/, ''), /pageTitle is missing/],
    ['a duplicated clipping', backupToJson(SAMPLE_CLIPPINGS).replace('"clippings": [', `"clippings": [${JSON.stringify(SAMPLE_CLIPPINGS[4])},`), /appears twice/],
  ];
  for (const [what, text, message] of corrupt) {
    it(`refuses ${what} with a clear message and changes nothing`, async () => {
      const db = library('corrupt');
      const own = await saveClipping(db, FREIGHT, 5000);
      const before = await exportBackup(db);
      const error = await importBackup(db, text).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toMatch(/nothing was imported|not imported/);
      expect(await exportBackup(db)).toBe(before);
      expect((await allClippings(db)).map((c) => c.id)).toEqual([own.id]);
    });
  }

  it('refuses the whole file when only the last clipping is bad', async () => {
    const db = library('all-or-nothing');
    const bad = [...SAMPLE_CLIPPINGS.slice(0, 4), { ...SAMPLE_CLIPPINGS[4]!, createdAt: -1 }];
    await expect(importBackup(db, backupToJson(SAMPLE_CLIPPINGS.slice(0, 4)).replace(/\]\n\}\n$/, `,${JSON.stringify(bad[4])}]}`))).rejects.toThrow(/createdAt/);
    expect(await db.clippings.count()).toBe(0);
    expect(parseBackup(GOOD).clippings).toEqual(SAMPLE_CLIPPINGS);
  });
});

describe('Web Annotation export', () => {
  it('writes an AnnotationCollection whose items target the page with the saved selectors', () => {
    const doc = JSON.parse(toWebAnnotationJson(SAMPLE_CLIPPINGS));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(5);
    const first = doc.first.items[0];
    expect(first).toMatchObject({
      id: `urn:uuid:${SAMPLE_CLIPPINGS[0]!.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2023-02-10T02:30:00.000Z',
      target: { source: SAMPLE_CLIPPINGS[0]!.url, selector: SAMPLE_CLIPPINGS[0]!.selectors },
    });
    expect(first.body).toEqual([
      { type: 'TextualBody', value: '全年货运量超预期', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: '口岸', purpose: 'tagging' },
      { type: 'TextualBody', value: '货运', purpose: 'tagging' },
    ]);
    expect(doc.first.items[4]).toMatchObject({ motivation: 'highlighting' });
    expect(doc.first.items[4].body).toBeUndefined();
    expect(toWebAnnotationJson([...SAMPLE_CLIPPINGS].reverse())).toBe(toWebAnnotationJson(SAMPLE_CLIPPINGS));
  });
});
