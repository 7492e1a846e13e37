// The library's public face: open it, write to it, read from it.
export { LibraryDb, openLibrary, LIBRARY_DB_NAME, SCHEMA_V1, SCHEMA_V2 } from './db';
export { saveClipping, updateClipping, deleteClipping, restoreClipping, getClipping, type ClippingPatch } from './clippings';
export { queryClippings, clippingsForUrl, countClippings, allClippings, matchesFilter, type ClippingFilter } from './queries';
export { findMatches, firstMatches, checkMatches, readClippings, newestPage, articleKeysOf, isEmptyFilter, type Matches, type FirstMatches } from './pages';
export { StoreError, toStoreError, type StoreErrorCode } from './errors';
export { rollUpCodes } from './place-codes';
export { placeCountsOf } from './place-counts';
export { articleKeyOf } from './rows';
