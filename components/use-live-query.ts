// Subscribe a component to a Dexie live query: it re-renders when the data it read changes, in this window or
// another (a save from the page, an edit in a second popup).
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  value: T | undefined;
  error: unknown;
}

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: undefined, error: null });
  // Subscribed as the render commits (not after the next paint, as useEffect would), so the read starts at once.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      // The same value again (a query that answers null while it does not apply) renders nothing.
      next: (value) => setState((s) => (s.value === value && s.error === null ? s : { value, error: null })),
      error: (error: unknown) => setState((s) => ({ value: s.value, error })),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on (like useEffect).
  }, deps);
  return state;
}
