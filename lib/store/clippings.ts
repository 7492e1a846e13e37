// Writing clippings: each change is one transaction, so a closed popup or a second tab never leaves a
// clipping half-written.
import type { Clipping, NewClipping } from '../clipping';
import type { LibraryDb } from './db';
import { toStoreError, StoreError } from './errors';
import { articleOf, fromStored, toStored } from './rows';
import { check, ClippingSchema } from '../schema/clipping';
import { fitClipping } from '../schema/fit';

/** The one check of a clipping's shape and limits (lib/schema/clipping.ts), before anything is written. */
function valid(c: Clipping): Clipping {
  const result = check(ClippingSchema, c, 'clipping');
  if (!result.ok) throw new StoreError('invalid', `This clipping was not saved: ${result.problem}.`);
  return result.value;
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

async function touchArticleAndTags(db: LibraryDb, c: Clipping): Promise<void> {
  const article = articleOf(c);
  const existing = await db.articles.get(article.key);
  await db.articles.put(
    existing
      ? { ...existing, pageTitle: article.pageTitle, lastSavedAt: Math.max(existing.lastSavedAt, c.updatedAt) }
      : { ...article, lastSavedAt: c.updatedAt },
  );
  if (c.tags.length > 0) await db.tags.bulkPut(c.tags.map((name) => ({ name, lastUsedAt: c.updatedAt })));
}

async function write<T>(db: LibraryDb, body: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', db.clippings, db.articles, db.tags, body);
  } catch (e) {
    throw toStoreError(e);
  }
}

/** Store a new clipping (id and times filled here) with its article and tags; returns what was stored. */
export async function saveClipping(db: LibraryDb, input: NewClipping, now: number = Date.now()): Promise<Clipping> {
  const clipping = valid({ ...input, id: newId(), createdAt: now, updatedAt: now });
  return write(db, async () => {
    await db.clippings.add(toStored(clipping));
    await touchArticleAndTags(db, clipping);
    return clipping;
  });
}

export type ClippingPatch = Partial<Pick<Clipping, 'note' | 'tags' | 'color'>>;

/** Change note, tags or colour; the latest write wins, and updatedAt always moves forward. */
export async function updateClipping(
  db: LibraryDb,
  id: string,
  patch: ClippingPatch,
  now: number = Date.now(),
): Promise<Clipping> {
  return write(db, async () => {
    const row = await db.clippings.get(id);
    if (!row) throw new StoreError('not-found', 'This clipping no longer exists (it may have been deleted in another window).');
    const tags = patch.tags ? [...new Set(patch.tags.map((t) => t.trim()).filter((t) => t.length > 0))] : row.tags;
    const next = valid({
      // A row stored before today's limits is brought within them, so that it can still be edited.
      ...fitClipping(fromStored(row)).clipping,
      ...(patch.note !== undefined ? { note: patch.note } : {}),
      ...(patch.color !== undefined ? { color: patch.color } : {}),
      tags,
      updatedAt: Math.max(now, row.updatedAt + 1),
    });
    await db.clippings.put(toStored(next));
    await touchArticleAndTags(db, next);
    return next;
  });
}

/** Delete a clipping; returns it so the caller can offer undo with restoreClipping. */
export async function deleteClipping(db: LibraryDb, id: string): Promise<Clipping | null> {
  return write(db, async () => {
    const row = await db.clippings.get(id);
    if (!row) return null;
    await db.clippings.delete(id);
    return fromStored(row);
  });
}

/** Undo a delete: put the clipping back exactly as it was. */
export async function restoreClipping(db: LibraryDb, clipping: Clipping): Promise<void> {
  // Put back as it was; one stored before today's limits comes back within them.
  const back = fitClipping(clipping).clipping;
  await write(db, async () => {
    await db.clippings.put(toStored(back));
    await touchArticleAndTags(db, back);
  });
}

export async function getClipping(db: LibraryDb, id: string): Promise<Clipping | null> {
  const row = await db.clippings.get(id);
  return row ? fromStored(row) : null;
}
