// Backups: every clipping as versioned JSON, and an import that merges by id (the newer edit wins) in one
// transaction after the whole file has been checked.
import { byOldest, type Clipping } from '../clipping';
import type { LibraryDb } from '../store/db';
import { toStoreError } from '../store/errors';
import { allClippings } from '../store/queries';
import { articleOf, toStored } from '../store/rows';
import { BackupError, exportable, validateClipping } from './backup-validate';

export { BackupError } from './backup-validate';

export const BACKUP_FORMAT = 'jianbao-backup';
export const BACKUP_VERSION = 1;
/** Refuse files above this size before parsing (about 200 MB of text). */
export const MAX_BACKUP_CHARS = 200_000_000;
/** A file's bound in bytes, checked before it is read (File.size); UTF-8 takes at least a byte per character. */
export const MAX_BACKUP_BYTES = 200_000_000;
export const TOO_LARGE = 'This file is too large to be a Jianbao backup; nothing was imported.';

/** Reads a chosen file only when its size fits a backup; throws BackupError before reading otherwise. */
export async function readBackupFile(file: Pick<Blob, 'size' | 'text'>): Promise<string> {
  if (file.size > MAX_BACKUP_BYTES) throw new BackupError(TOO_LARGE, 'too-large');
  return file.text();
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  clippings: Clipping[];
}

/**
 * The backup text for these clippings: stable key and clipping order, so equal libraries give equal files. It never
 * fails on what a store holds: a clipping outside the schema (saved before its limits) is brought within it, so
 * that the file imports again.
 */
export function backupToJson(clippings: Clipping[]): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    clippings: clippings.map(exportable).sort(byOldest),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export async function exportBackup(db: LibraryDb): Promise<string> {
  return backupToJson(await allClippings(db));
}

/** Parse and check a backup file completely; throws BackupError with a message fit for the user. */
export function parseBackup(text: string): Backup {
  if (text.length > MAX_BACKUP_CHARS) throw new BackupError(TOO_LARGE, 'too-large');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupError('This file is not complete JSON (it may be cut off or damaged); nothing was imported.', 'not-json');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('This file is not a Jianbao backup; nothing was imported.', 'not-backup');
  }
  const o = data as { version?: unknown; clippings?: unknown };
  if (o.version !== BACKUP_VERSION) {
    throw new BackupError(`This backup has format version ${String(o.version)}, which this version of Jianbao cannot read; nothing was imported.`, 'version', String(o.version));
  }
  if (!Array.isArray(o.clippings)) throw new BackupError('This backup is damaged and was not imported: clippings should be a list.', 'damaged', 'clippings');
  const seen = new Set<string>();
  const clippings = o.clippings.map((c, i) => {
    const clipping = validateClipping(c, `clippings[${i}]`);
    if (seen.has(clipping.id)) throw new BackupError(`This backup is damaged and was not imported: clipping ${clipping.id} appears twice.`, 'damaged', clipping.id);
    seen.add(clipping.id);
    return clipping;
  });
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, clippings };
}

export interface ImportResult {
  added: number;
  updated: number;
  /** Already in the library, same or newer. */
  unchanged: number;
}

/** Merge a backup into the library: new ids are added, an existing clipping is replaced only by a newer edit. */
export async function importBackup(db: LibraryDb, text: string): Promise<ImportResult> {
  const { clippings } = parseBackup(text);
  try {
    return await db.transaction('rw', db.clippings, db.articles, db.tags, async () => {
      const existing = await db.clippings.bulkGet(clippings.map((c) => c.id));
      const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
      const winners: Clipping[] = [];
      clippings.forEach((c, i) => {
        const old = existing[i];
        if (!old) result.added += 1;
        else if (c.updatedAt > old.updatedAt) result.updated += 1;
        else {
          result.unchanged += 1;
          return;
        }
        winners.push(c);
      });
      await db.clippings.bulkPut(winners.map(toStored));
      const articles = new Map<string, ReturnType<typeof articleOf>>();
      for (const c of winners) {
        const a = articleOf(c);
        const seen = articles.get(a.key) ?? (await db.articles.get(a.key));
        articles.set(
          a.key,
          seen
            ? { ...seen, firstSavedAt: Math.min(seen.firstSavedAt, a.firstSavedAt), lastSavedAt: Math.max(seen.lastSavedAt, c.updatedAt) }
            : { ...a, lastSavedAt: c.updatedAt },
        );
      }
      await db.articles.bulkPut([...articles.values()]);
      const tags = new Map<string, number>();
      for (const c of winners) for (const t of c.tags) tags.set(t, Math.max(tags.get(t) ?? 0, c.updatedAt));
      const oldTags = await db.tags.bulkGet([...tags.keys()]);
      await db.tags.bulkPut(
        [...tags].map(([name, lastUsedAt], i) => ({ name, lastUsedAt: Math.max(lastUsedAt, oldTags[i]?.lastUsedAt ?? 0) })),
      );
      return result;
    });
  } catch (e) {
    throw toStoreError(e);
  }
}
