// A fresh, uniquely named library database per test, closed and deleted after each one.
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { openLibrary, type LibraryDb } from '../../../lib/store';
import { freshName } from './clipping-fixtures';

export interface FreshLibraries {
  /** A new library for the current test. */
  library(label?: string): LibraryDb;
  /** Databases a test opened by hand (another window, an old schema), cleaned up the same way. */
  track(...dbs: Dexie[]): void;
}

/** Call at the top of a test file. */
export function freshLibraries(prefix: string): FreshLibraries {
  const open: Dexie[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return {
    library(label = prefix) {
      const db = openLibrary(freshName(label));
      open.push(db);
      return db;
    },
    track: (...dbs) => void open.push(...dbs),
  };
}
