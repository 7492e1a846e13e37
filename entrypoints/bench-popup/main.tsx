// Popup benchmark page (test builds only): the popup's library view on a fresh library of generated clippings.
// bench/run.ts opens it and calls globalThis.jianbaoPopupBench.run(n).
import { Dexie } from 'dexie';
import { render } from 'preact';
import { Library } from '@/components/Library';
import { clippingsToMarkdown } from '@/lib/export/markdown';
import { openLibrary, type LibraryDb } from '@/lib/store/db';
import { allClippings, queryClippings } from '@/lib/store/queries';
import { seedClippings } from '@/lib/store/seed';
import { median, timeAsync, until, type PopupBenchResult } from './measure';
import '../popup/style.css';

const RUNS = 7;
/** Searches a reader would type; the first whose matches do not start with the newest clipping is used. */
const QUERIES = ['鄂尔多斯', '跨境电商', '货运量', '招商', '降雪'];

const noop = () => undefined;

function firstRowId(root: Element): string | null {
  return root.querySelector('article.clip[data-clipping-id]')?.getAttribute('data-clipping-id') ?? null;
}

function mount(db: LibraryDb, root: HTMLElement, download: (name: string, text: string) => void = noop): void {
  // The same props the popup passes (entrypoints/popup/main.tsx), with the browser callbacks stubbed.
  render(<Library db={db} lang="zh" openUrl={noop} download={download} listHeight={Math.max(300, window.innerHeight - 260)} />, root);
}

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
    let query = QUERIES[0]!;
    let expected: string | null = null;
    for (const q of QUERIES) {
      const found = await queryClippings(db, { text: q });
      if (found.length && found[0]!.id !== everything[0]?.id) {
        query = q;
        expected = found[0]!.id;
        break;
      }
    }
    if (!expected) throw new Error('no benchmark query narrows the generated library');

    // First render: mount on the full library until clipping rows are in the DOM (one warm-up, not counted).
    const firstRender: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const root = app.appendChild(document.createElement('div'));
      const ms = await timeAsync(async () => {
        mount(db, root);
        await until(() => firstRowId(root) !== null);
      });
      if (i > 0) firstRender.push(ms);
      render(null, root);
      root.remove();
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
      const ms = await timeAsync(async () => {
        typeQuery(root, query);
        await until(() => firstRowId(root) === expected);
      });
      if (i > 0) search.push(ms);
      typeQuery(root, '');
      await until(() => firstRowId(root) === newest);
    }
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
    };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

(globalThis as unknown as { jianbaoPopupBench: { run: typeof run } }).jianbaoPopupBench = { run };
