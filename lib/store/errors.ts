// Storage failures the user must be told about, as one typed error with a message fit to show.

export type StoreErrorCode = 'quota' | 'not-found' | 'closed' | 'invalid' | 'failed';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  override readonly cause: unknown;
  constructor(code: StoreErrorCode, message: string, cause?: unknown) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    this.cause = cause;
  }
}

function names(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const o = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    cur = o.inner ?? o.cause;
  }
  return out;
}

/** Map a Dexie / IndexedDB error (possibly wrapped in AbortError) to a StoreError. */
export function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const n = names(e);
  if (n.includes('QuotaExceededError')) {
    return new StoreError(
      'quota',
      'The browser has no room left to store clippings. Nothing was saved. Free disk space, or export a backup and delete old clippings, then try again.',
      e,
    );
  }
  if (n.includes('DatabaseClosedError') || n.includes('InvalidStateError')) {
    return new StoreError('closed', 'The library was closed before the change finished. Nothing was changed; please try again.', e);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new StoreError('failed', `The library could not be changed, so nothing was saved (${detail}).`, e);
}
