// Timing helpers and the result shape of the popup benchmark page (test builds only).

export interface PopupBenchResult {
  clippings: number;
  runs: number;
  /** Mounting the popup's library view on a 10,000-clipping library until its rows are in the DOM. */
  firstRenderMs: number;
  /** The query the search box runs (lib/store queryClippings), alone. */
  queryMs: number;
  query: string;
  /** Typing the query into the search box until the list shows the matching rows. */
  searchMs: number;
  /** Reading every clipping and writing the Markdown export. */
  exportMs: number;
  exportBytes: number;
  /** The map view over the whole library, from the click until its regions are shaded (boundaries already fetched). */
  mapMs: number;
  /** Reading every row of the library (db.clippings.toArray), the baseline of the map and figures views. */
  readAllMs: number;
  /** The map's counts alone (placeCountsOf over the whole library). */
  mapCountsMs: number;
  /** Regions the map shaded. */
  mapRegions: number;
  /** The figures view over the whole library, from the click until its table of groups is drawn. */
  figuresMs: number;
  /** Rows (kind and unit) of the figures table. */
  figureGroups: number;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Resolves on the first animation frame (or DOM mutation) where `done()` holds; rejects after `timeoutMs`. */
export function until(done: () => boolean, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (done()) return resolve();
    const t0 = performance.now();
    const observer = new MutationObserver(check);
    function check(): void {
      if (done()) {
        observer.disconnect();
        resolve();
      } else if (performance.now() - t0 > timeoutMs) {
        observer.disconnect();
        reject(new Error('timed out waiting for the popup to update'));
      }
    }
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    const tick = () => {
      check();
      if (performance.now() - t0 <= timeoutMs + 100 && !done()) setTimeout(tick, 4);
    };
    setTimeout(tick, 4);
  });
}

export async function timeAsync(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}
