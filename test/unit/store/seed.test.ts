import { afterEach, describe, expect, it } from 'vitest';
import { queryClippings } from '../../../lib/store';
import { seedClippings } from '../../../lib/store/seed';
import { freshLibraries } from './fresh-library';

const { library } = freshLibraries('seed');

describe('seeded library for benchmarks', () => {
  it('fills n realistic, searchable clippings, the same every time', async () => {
    const a = await seedClippings(library(), 500);
    const db = library();
    const b = await seedClippings(db, 500);
    expect(b).toEqual(a);
    expect(await db.clippings.count()).toBe(500);
    expect(new Set(b.map((c) => c.id)).size).toBe(500);
    expect((await queryClippings(db, { text: '货运量' })).length).toBeGreaterThan(0);
    expect((await queryClippings(db, { placeCode: '150600' })).length).toBeGreaterThan(0);
    for (const c of b) for (const f of c.figures) expect(c.text.slice(f.start, f.end)).toBe(f.text);
  });
});
