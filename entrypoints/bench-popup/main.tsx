// Popup benchmark page (test builds only): the popup's library view on a fresh library of generated clippings.
// bench/run.ts opens it and calls globalThis.jianbaoPopupBench.run(n).
import { Dexie } from 'dexie';
import { render } from 'preact';
import { Library } from '@/components/Library';
import type { MapTopology } from '@/components/MapView';
import { clippingsToMarkdown } from '@/lib/export/markdown';
import { openLibrary, type LibraryDb } from '@/lib/store/db';
import { allClippings, queryClippings } from '@/lib/store/queries';
import { placeCountsOf } from '@/lib/store/place-counts';
import { seedClippings } from '@/lib/store/seed';
import { median, timeAsync, until, type PopupBenchResult } from './measure';
import '../library/style.css';

const RUNS = 7;
/** Searches a reader would type; the first whose matches do not start with the newest clipping is used. */
/**
 * Words a reader of the sample page would search for. Each search run types a different one: the store keeps a
 * query's answer for a few seconds, and typing the same word again would time that cache, not a search.
 */
const QUERIES = ['鄂尔多斯', '跨境电商', '货运量', '招商', '降雪', '口岸', '呼和浩特', '乌兰察布', '示范县', '高新技术', '纪录片', '麋鹿', '整车', '旱情', '包头'];

const noop = () => undefined;

function firstRowId(root: Element): string | null {
  return root.querySelector('article.clip[data-clipping-id]')?.getAttribute('data-clipping-id') ?? null;
}

/** The map's boundaries, fetched once as the library page does (the first map view opened pays for it). */
let mapResource: Promise<MapTopology> | null = null;
function loadMap(): Promise<MapTopology> {
  mapResource ??= fetch('/map.json').then((r) => r.json() as Promise<MapTopology>);
  return mapResource;
}

function mount(db: LibraryDb, root: HTMLElement, download: (name: string, text: string) => void = noop): void {
  // The same props the popup passes (entrypoints/library/main.tsx), with the browser callbacks stubbed.
  render(<Library db={db} lang="zh" openUrl={noop} download={download} loadMap={loadMap} listHeight={Math.max(300, window.innerHeight - 260)} />, root);
}

function viewButton(root: Element, index: number): HTMLButtonElement {
  const button = root.querySelectorAll<HTMLButtonElement>('.views button')[index];
  if (!button) throw new Error('the library has no view buttons');
  return button;
}

/** Regions the map shades for at least one clipping. */
const countedRegions = (root: Element) => root.querySelectorAll('.map-view path.counted').length;
const figureGroups = (root: Element) => root.querySelectorAll('.figures-view tr.figure-group').length;

function typeQuery(root: Element, text: string): void {
  const input = root.querySelector<HTMLInputElement>('input[type=search]');
  if (!input) throw new Error('the library has no search box');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function run(n: number): Promise<PopupBenchResult> {
  const name = `jianbao-bench-${Date.now()}`;
  const db = openLibrary(name);
  const app = document.getElementById('app')!;
  try {
    await seedClippings(db, n);
    const everything = await queryClippings(db);
    // Queries that narrow the library to a different newest clipping, each with the row the list must show first.
    const searches: { query: string; expected: string }[] = [];
    for (const q of QUERIES) {
      const found = await queryClippings(db, { text: q });
      if (found.length && found[0]!.id !== everything[0]?.id) searches.push({ query: q, expected: found[0]!.id });
    }
    if (searches.length < RUNS + 1) throw new Error(`only ${searches.length} benchmark queries narrow the generated library`);
    const query = searches[0]!.query;

    // First render: open the library as the page does and mount it until clipping rows are in the DOM (one
    // warm-up, not counted). A fresh database handle each time, so no run is answered from the previous one's cache.
    const firstRender: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const root = app.appendChild(document.createElement('div'));
      let fresh: LibraryDb | null = null;
      const ms = await timeAsync(async () => {
        fresh = openLibrary(name);
        mount(fresh, root);
        await until(() => firstRowId(root) !== null);
      });
      if (i > 0) firstRender.push(ms);
      render(null, root);
      root.remove();
      (fresh as LibraryDb | null)?.close();
    }

    // Search: the store query alone, then typing into the mounted library until the list shows the matches.
    const queryMs: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const ms = await timeAsync(() => queryClippings(db, { text: query }));
      if (i > 0) queryMs.push(ms);
    }
    const root = app.appendChild(document.createElement('div'));
    let downloaded: string | null = null;
    mount(db, root, (_name, text) => (downloaded = text));
    await until(() => firstRowId(root) !== null);
    const newest = firstRowId(root);
    const search: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const { query: q, expected } = searches[i]!;
      const ms = await timeAsync(async () => {
        typeQuery(root, q);
        await until(() => firstRowId(root) === expected);
      });
      if (i > 0) search.push(ms);
      typeQuery(root, '');
      await until(() => firstRowId(root) === newest);
    }
    // The map's counts alone (the place index read as keys), then the map and figures views over the whole library (no filter): from the click on the view's button until
    // it shows the shaded regions / the figure groups of every clipping, back to the list between runs. The
    // map's boundaries are fetched once before the runs (the warm-up), as a reader opening it twice would meet.
    // The baseline of both views: reading every row of the library, nothing else (what any view over all of it pays).
    const readAllMs: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const ms = await timeAsync(() => db.clippings.toArray());
      if (i > 0) readAllMs.push(ms);
    }
    const countsMs: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const ms = await timeAsync(() => placeCountsOf(db));
      if (i > 0) countsMs.push(ms);
    }
    const mapMs: number[] = [];
    const figuresMs: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      for (const [index, done, out] of [
        [1, () => countedRegions(root) > 0, mapMs],
        [2, () => figureGroups(root) > 0, figuresMs],
      ] as const) {
        const ms = await timeAsync(async () => {
          viewButton(root, index).click();
          await until(done);
        });
        if (i > 0) out.push(ms);
        viewButton(root, 0).click();
        await until(() => firstRowId(root) !== null);
      }
    }
    viewButton(root, 1).click();
    await until(() => countedRegions(root) > 0);
    const mapRegions = countedRegions(root);
    viewButton(root, 2).click();
    await until(() => figureGroups(root) > 0);
    const figureKinds = figureGroups(root);
    render(null, root);
    root.remove();

    // Export: every clipping read from the library and written as Markdown.
    const exportMs: number[] = [];
    let bytes = 0;
    for (let i = 0; i <= RUNS; i++) {
      const ms = await timeAsync(async () => {
        const md = clippingsToMarkdown(await allClippings(db), { scope: { kind: 'library' } });
        bytes = md.length;
      });
      if (i > 0) exportMs.push(ms);
    }
    void downloaded;
    return {
      clippings: n,
      runs: RUNS,
      firstRenderMs: median(firstRender),
      queryMs: median(queryMs),
      query,
      searchMs: median(search),
      exportMs: median(exportMs),
      exportBytes: bytes,
      mapMs: median(mapMs),
      mapCountsMs: median(countsMs),
      readAllMs: median(readAllMs),
      mapRegions,
      figuresMs: median(figuresMs),
      figureGroups: figureKinds,
    };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

(globalThis as unknown as { jianbaoPopupBench: { run: typeof run } }).jianbaoPopupBench = { run };
