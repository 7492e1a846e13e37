// The library database: clippings, the articles they came from, tags. Versioned; each version's upgrade
// computes what the new indexes need so an old library loses nothing.
import { Dexie, type Table, type Transaction } from 'dexie';
import { searchTokens } from './search-tokens';
import { placeCodesOf, searchableText, type StoredArticle, type StoredClipping, type StoredTag } from './rows';

export const LIBRARY_DB_NAME = 'jianbao';

/** Version 1: clippings by time, site, article, tags and figure kinds. */
export const SCHEMA_V1 = {
  clippings: 'id, createdAt, updatedAt, site, articleKey, *tags, *figureKinds',
  articles: 'key, lastSavedAt, site',
  tags: 'name',
} as const;

/** Version 2 adds full-text search tokens, places rolled up to prefecture and province, recent tags. */
export const SCHEMA_V2 = {
  clippings: 'id, createdAt, updatedAt, site, articleKey, *tags, *figureKinds, *placeCodes, *searchTokens',
  articles: 'key, lastSavedAt, site',
  tags: 'name, lastUsedAt',
} as const;

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<StoredClipping, string>('clippings')
    .toCollection()
    .modify((row) => {
      row.placeCodes = placeCodesOf(row);
      row.searchTokens = searchTokens(searchableText(row));
    });
  await tx
    .table<StoredTag, string>('tags')
    .toCollection()
    .modify((tag) => {
      if (typeof tag.lastUsedAt !== 'number') tag.lastUsedAt = 0;
    });
}

export class LibraryDb extends Dexie {
  declare clippings: Table<StoredClipping, string>;
  declare articles: Table<StoredArticle, string>;
  declare tags: Table<StoredTag, string>;

  constructor(name: string = LIBRARY_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}

/** The extension's library (one per origin: the background saves, the popup reads). Tests pass a fresh name. */
export function openLibrary(name: string = LIBRARY_DB_NAME): LibraryDb {
  return new LibraryDb(name);
}

// The entry points the background uses, next to openLibrary.
export { saveClipping, updateClipping, deleteClipping, restoreClipping } from './clippings';
export { queryClippings, clippingsForUrl } from './queries';
