// The clipping library (the popup): search, filters, a virtualised list, edit, delete with undo, exports.
// Everything that needs the extension (opening a tab) comes in as a callback. The list reads only the window the
// reader sees (use-clipping-list.ts); exports read what they export when asked. Grouping by article is exact over
// the whole result: the article of every match comes off the articleKey index (keys only), so groups are ordered by
// their newest matching clipping however far apart their clippings were saved.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clipping';
import type { FigureKind, PlaceSpan } from '../lib/types';
import type { LibraryDb } from '../lib/store/db';
import { deleteClipping, restoreClipping, updateClipping, type ClippingPatch } from '../lib/store/clippings';
import { queryClippings, allClippings, type ClippingFilter } from '../lib/store/queries';
import { openableUrl } from '../lib/export/text-fragment';
import { clippingsToMarkdown, markdownFileName, type MarkdownScope } from '../lib/export/markdown';
import { backupToJson, importBackup, readBackupFile } from '../lib/export/backup';
import { BackupError } from '../lib/export/backup-validate';
import { toWebAnnotationJson } from '../lib/export/web-annotation';
import { langTag, strings, type Lang } from './i18n';
import { useLiveQuery } from './use-live-query';
import { useClippingList, PAGE_SIZE, type ArticleGroup } from './use-clipping-list';
import { VirtualList } from './VirtualList';
import { InsightView, type LibraryView } from './InsightView';
import type { MapTopology } from './MapView';
import { useWindowHeight } from './use-window-height';
import { useEnglishPlaceNames } from './use-english-names';
import { ClippingRow, CLIPPING_ROW_HEIGHT } from './ClippingRow';
import { ClippingEditor } from './ClippingEditor';
import { Filters, type FilterOptions } from './Filters';
import { copyText as defaultCopy, downloadText as defaultDownload } from './download';

export const HEADER_ROW_HEIGHT = 44;

const NO_NAMES: Readonly<Record<string, string>> = {};

export interface LibraryProps {
  db: LibraryDb;
  lang: Lang;
  /** Open a URL in a new tab (the popup passes browser.tabs.create). */
  openUrl: (url: string) => void;
  download?: (fileName: string, text: string, mime: string) => void;
  copyText?: (text: string) => Promise<void>;
  /** The map's boundaries (map.json in the extension), read the first time the map view opens. */
  loadMap?: () => Promise<MapTopology>;
  /** Height of the list viewport in px; without it the list fills the window and follows its resizes. */
  listHeight?: number;
  /**
   * Names of provinces and prefectures by GB/T 2260 code (public/place-names.json): clippings roll up to codes
   * that none of them names, and the place filter should still read 鄂尔多斯市, not 150600.
   */
  divisionNames?: Readonly<Record<string, string>>;
  /** How the English export names places (the gazetteer's English names), read at the first English export. */
  loadPlaceNamer?: () => Promise<(place: PlaceSpan) => string>;
}

/** A list row: an article header, or the clipping at a position in list order. */
type Row = ArticleGroup | number;

const noMap = () => Promise.reject(new Error('no map'));

/** What the header and filters above the list take, and the least list height worth drawing. */
const LIST_RESERVE_PX = 260;
const LIST_MIN_PX = 300;

const heightOf = (r: Row) => (typeof r === 'number' ? CLIPPING_ROW_HEIGHT : HEADER_ROW_HEIGHT);

interface Status {
  message: string;
  kind: 'info' | 'error';
  undo?: Clipping;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function loadOptions(db: LibraryDb): Promise<{ options: Omit<FilterOptions, 'places'>; placeCodes: string[] }> {
  const [sites, tags, kinds, placeCodes] = await Promise.all([
    db.clippings.orderBy('site').uniqueKeys(),
    db.clippings.orderBy('tags').uniqueKeys(),
    db.clippings.orderBy('figureKinds').uniqueKeys(),
    db.clippings.orderBy('placeCodes').uniqueKeys(),
  ]);
  return {
    options: { sites: sites.map(String), tags: tags.map(String), kinds: kinds.map(String) as FigureKind[] },
    placeCodes: placeCodes.map(String),
  };
}

function describeFilter(f: ClippingFilter, placeLabel: (code: string) => string): string {
  const parts: string[] = [];
  if (f.text) parts.push(f.text);
  if (f.placeCode) parts.push(placeLabel(f.placeCode));
  if (f.figureKind) parts.push(f.figureKind);
  if (f.site) parts.push(f.site);
  if (f.tag) parts.push(`#${f.tag}`);
  if (f.from !== undefined) parts.push(`from ${new Date(f.from).toISOString().slice(0, 10)}`);
  if (f.to !== undefined) parts.push(`before ${new Date(f.to).toISOString().slice(0, 10)}`);
  return parts.join(' · ');
}

export function Library({ db, lang, openUrl, download = defaultDownload, copyText = defaultCopy, listHeight, divisionNames = NO_NAMES, loadMap = noMap, loadPlaceNamer }: LibraryProps) {
  const t = strings(lang);
  const windowHeight = useWindowHeight(LIST_RESERVE_PX, LIST_MIN_PX);
  const locale = langTag(lang);
  const [filter, setFilter] = useState<ClippingFilter>({});
  const [grouped, setGrouped] = useState(false);
  const [view, setView] = useState<LibraryView>('list');
  const [editing, setEditing] = useState<Clipping | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const placeNames = useRef(new Map<string, string>());
  const fileInput = useRef<HTMLInputElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  /** Where focus returns when the editor closes (the row's Edit button). */
  const returnFocus = useRef<HTMLElement | null>(null);

  const [range, setRange] = useState({ first: 0, last: PAGE_SIZE });
  const list = useClippingList(db, filter, grouped, range);
  // The filter choices wait until the first rows are on screen.
  const meta = useLiveQuery(async () => (list.painted ? loadOptions(db) : undefined), [db, list.painted]);
  const [, setLabelsRead] = useState(0);
  const readError = list.error ?? meta.error;
  useEffect(() => {
    if (readError) setStatus({ message: messageOf(readError), kind: 'error' });
  }, [readError]);
  // After a delete the row is gone: keyboard users land on Undo instead of the page top.
  useEffect(() => {
    if (status?.undo) undoButton.current?.focus();
  }, [status]);

  // Place names are the gazetteer's canonical names as clippings carry them, provinces from a table. Rows on
  // screen name their places; a place offered as a filter is looked up in a few clippings filed under it.
  const notePlaces = (c: Clipping) => {
    for (const p of c.places) if (p.code && !placeNames.current.has(p.code)) placeNames.current.set(p.code, p.name);
  };
  const placeCodes = meta.value?.placeCodes;
  const placesLooked = useRef(new Set<string>());
  useEffect(() => {
    const missing = (placeCodes ?? []).filter((code) => !placeNames.current.has(code) && !placesLooked.current.has(code));
    if (missing.length === 0) return;
    for (const code of missing) placesLooked.current.add(code);
    void Promise.all(missing.map((code) => db.clippings.where('placeCodes').equals(code).limit(20).toArray()))
      .then((found) => {
        for (const rows of found) for (const c of rows) notePlaces(c);
        setLabelsRead((n) => n + 1);
      })
      .catch(() => undefined);
  }, [placeCodes]);
  const { name: englishName, english } = useEnglishPlaceNames(lang, loadPlaceNamer, list.painted);
  const placeLabel = useCallback((code: string) => englishName(code, placeNames.current.get(code) ?? divisionNames[code] ?? code), [divisionNames, englishName]);
  /** A region's name on the map in the UI's language, or null to keep the boundary data's own. */
  const mapName = useMemo(() => (english ? (code: string) => englishName(code, '') || null : undefined), [english, englishName]);
  const options: FilterOptions = {
    sites: meta.value?.options.sites ?? [],
    tags: meta.value?.options.tags ?? [],
    kinds: meta.value?.options.kinds ?? [],
    places: (meta.value?.placeCodes ?? []).map((code) => ({ code, label: placeLabel(code) })),
  };

  const count = list.count;
  const length = list.length;
  const rows = useMemo<Row[]>(() => {
    if (length === undefined) return [];
    if (!list.groups) return Array.from({ length }, (_, i) => i);
    const out: Row[] = [];
    for (const g of list.groups) {
      out.push(g);
      for (let i = g.first; i < g.first + g.size; i++) out.push(i);
    }
    return out;
  }, [length, list.groups]);
  // The window of rows drawn, as positions in list order.
  const onRange = useCallback(
    (first: number, last: number) => {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = first; i < last; i++) {
        const r = rows[i];
        if (typeof r === 'number') {
          lo = Math.min(lo, r);
          hi = Math.max(hi, r + 1);
        }
      }
      if (lo < hi) setRange((w) => (w.first === lo && w.last === hi ? w : { first: lo, last: hi }));
    },
    [rows],
  );
  const keyOf = useCallback((r: Row) => (typeof r === 'number' ? (list.idAt(r) ?? `p:${r}`) : `a:${r.key}`), [list.idAt]);

  // A refused backup is said in the library's language; other errors keep their own message.
  const fail = (e: unknown) =>
    setStatus({ message: e instanceof BackupError ? (t.importProblem[e.problem]?.(e.detail) ?? e.message) : messageOf(e), kind: 'error' });

  const onDelete = async (c: Clipping) => {
    try {
      const deleted = await deleteClipping(db, c.id);
      if (deleted) setStatus({ message: t.deleted, kind: 'info', undo: deleted });
    } catch (e) {
      fail(e);
    }
  };
  const onUndo = async (c: Clipping) => {
    try {
      await restoreClipping(db, c);
      setStatus({ message: t.restored, kind: 'info' });
    } catch (e) {
      fail(e);
    }
  };
  const closeEditor = () => {
    setEditing(null);
    const target = returnFocus.current;
    if (target?.isConnected) target.focus();
  };
  const onSave = async (c: Clipping, patch: ClippingPatch) => {
    try {
      await updateClipping(db, c.id, patch);
      closeEditor();
      setStatus({ message: t.saved, kind: 'info' });
    } catch (e) {
      fail(e);
    }
  };

  const markdownFor = async (list: Clipping[], scope: MarkdownScope) => {
    // Labels in the library's language (Lang is 'en' | 'zh' | 'zh-Hant', the same tags as the export's); place
    // names too in English (Cairo, not 开罗), the clippings' own Chinese names when the gazetteer cannot be read.
    const placeName = lang === 'en' && loadPlaceNamer ? await loadPlaceNamer().catch(() => undefined) : undefined;
    return { text: clippingsToMarkdown(list, { scope, lang, placeName }), name: markdownFileName(list, scope) };
  };
  const currentScope = (): MarkdownScope => (Object.keys(filter).length > 0 ? { kind: 'filter', description: describeFilter(filter, placeLabel) } : { kind: 'library' });
  const onDownloadMarkdown = async () => {
    try {
      const { text, name } = await markdownFor(await queryClippings(db, filter), currentScope());
      download(name, text, 'text/markdown');
    } catch (e) {
      fail(e);
    }
  };
  const onArticleMarkdown = async (key: string) => {
    try {
      const { text, name } = await markdownFor(await queryClippings(db, { ...filter, articleKey: key }), { kind: 'article' });
      download(name, text, 'text/markdown');
    } catch (e) {
      fail(e);
    }
  };
  const onCopyMarkdown = async () => {
    let text: string;
    try {
      text = (await markdownFor(await queryClippings(db, filter), currentScope())).text;
    } catch (e) {
      fail(e);
      return;
    }
    try {
      await copyText(text);
      setStatus({ message: t.copied, kind: 'info' });
    } catch {
      setStatus({ message: t.copyFailed, kind: 'error' });
    }
  };
  const onBackup = async () => {
    try {
      download('jianbao-backup.json', backupToJson(await allClippings(db)), 'application/json');
    } catch (e) {
      fail(e);
    }
  };
  const onWebAnnotation = async () => {
    try {
      download('jianbao-annotations.jsonld', toWebAnnotationJson(await allClippings(db)), 'application/ld+json');
    } catch (e) {
      fail(e);
    }
  };
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const result = await importBackup(db, await readBackupFile(file));
      setStatus({ message: t.imported(result.added, result.updated), kind: 'info' });
    } catch (e) {
      fail(e);
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const total = list.total;
  const empty = total === 0;

  return (
    <main class="library" lang={langTag(lang)}>
      <header class="library-header">
        <h1>{t.title}</h1>
        {count !== undefined && total !== undefined && !empty ? <p class="count">{t.count(count, total)}</p> : null}
      </header>
      {empty ? (
        <section class="empty" aria-labelledby="empty-title">
          <h2 id="empty-title">{t.emptyTitle}</h2>
          <p>{t.emptyHelp}</p>
        </section>
      ) : (
        <>
          <Filters filter={filter} options={options} grouped={grouped} t={t} onChange={setFilter} onGroupedChange={setGrouped} />
          <div class="segmented views" role="group" aria-label={t.viewLabel}>
            {(['list', 'map', 'figures'] as const).map((v) => (
              <button type="button" aria-pressed={view === v} onClick={() => setView(v)}>
                {t.views[v]}
              </button>
            ))}
          </div>
          {view !== 'list' ? (
            <InsightView db={db} filter={filter} view={view} lang={lang} t={t} loadMap={loadMap} placeName={mapName} placeCodes={placeCodes} onPlace={(placeCode) => setFilter((f) => ({ ...f, placeCode }))} />
          ) : length === undefined ? (
            <p class="loading">{t.loading}</p>
          ) : length === 0 ? (
            <p class="no-matches">{t.noMatches}</p>
          ) : (
            <VirtualList
              items={rows}
              label={t.clippingList}
              height={listHeight ?? windowHeight}
              keyOf={keyOf}
              heightOf={heightOf}
              onRange={onRange}
              render={(r) => {
                if (typeof r !== 'number') {
                  return (
                    <div class="article-row">
                      <h2 class="article-headline">{r.headline}</h2>
                      <button type="button" onClick={() => void onArticleMarkdown(r.key)}>
                        {t.exportArticle}
                      </button>
                    </div>
                  );
                }
                const clipping = list.at(r);
                if (!clipping) return <div class="clip clip-loading" aria-busy="true" />;
                notePlaces(clipping);
                return (
                  <ClippingRow
                    clipping={clipping}
                    t={t}
                    locale={locale}
                    onOpen={(c) => {
                      const url = openableUrl(c);
                      if (url) openUrl(url);
                    }}
                    onEdit={(c) => {
                      returnFocus.current = document.activeElement as HTMLElement | null;
                      setEditing(c);
                    }}
                    onDelete={(c) => void onDelete(c)}
                  />
                );
              }}
            />
          )}
        </>
      )}
      <footer class="exports">
        {!empty ? (
          <>
            <button type="button" onClick={() => void onDownloadMarkdown()}>
              {t.exportMarkdown}
            </button>
            <button type="button" onClick={() => void onCopyMarkdown()}>
              {t.copyMarkdown}
            </button>
            <button type="button" onClick={() => void onBackup()}>
              {t.backup}
            </button>
            <button type="button" onClick={() => void onWebAnnotation()}>
              {t.webAnnotation}
            </button>
          </>
        ) : null}
        {/* The browser's own file control names itself in the browser's language ("Choose File"); a button of ours
            speaks the library's, and opens the same picker. */}
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t.importBackup}
        </button>
        <input ref={fileInput} type="file" class="visually-hidden" tabIndex={-1} aria-hidden="true" accept=".json,application/json" onChange={(e) => void onImport(e.currentTarget.files?.[0])} />
      </footer>
      <div class={`status status-${status?.kind ?? 'info'}`} role={status?.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
        {status ? (
          <>
            <span>{status.message}</span>
            {status.undo ? (
              <button type="button" ref={undoButton} onClick={() => void onUndo(status.undo!)}>
                {t.undo}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {editing ? <ClippingEditor clipping={editing} t={t} onSave={(patch) => void onSave(editing, patch)} onCancel={closeEditor} /> : null}
    </main>
  );
}
