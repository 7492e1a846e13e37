// The clipping library (the popup): search, filters, a virtualised list, edit, delete with undo, exports.
// Everything that needs the extension (opening a tab) comes in as a callback.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clipping';
import type { FigureKind } from '../lib/types';
import type { LibraryDb } from '../lib/store/db';
import { deleteClipping, restoreClipping, updateClipping, type ClippingPatch } from '../lib/store/clippings';
import { queryClippings, allClippings, type ClippingFilter } from '../lib/store/queries';
import { articleKeyOf } from '../lib/store/rows';
import { clippingUrl } from '../lib/export/text-fragment';
import { clippingsToMarkdown, markdownFileName, type MarkdownScope } from '../lib/export/markdown';
import { backupToJson, importBackup } from '../lib/export/backup';
import { toWebAnnotationJson } from '../lib/export/web-annotation';
import { strings, type Lang } from './i18n';
import { useLiveQuery } from './use-live-query';
import { VirtualList } from './VirtualList';
import { ClippingRow, CLIPPING_ROW_HEIGHT } from './ClippingRow';
import { ClippingEditor } from './ClippingEditor';
import { Filters, type FilterOptions } from './Filters';
import { PROVINCE_NAMES } from './province-names';
import { copyText as defaultCopy, downloadText as defaultDownload } from './download';

export const HEADER_ROW_HEIGHT = 40;

export interface LibraryProps {
  db: LibraryDb;
  lang: Lang;
  /** Open a URL in a new tab (the popup passes browser.tabs.create). */
  openUrl: (url: string) => void;
  download?: (fileName: string, text: string, mime: string) => void;
  copyText?: (text: string) => Promise<void>;
  /** Height of the list viewport in px. */
  listHeight?: number;
}

type Row = { type: 'article'; key: string; headline: string; site: string; clippings: Clipping[] } | { type: 'clip'; clipping: Clipping };

interface Status {
  message: string;
  kind: 'info' | 'error';
  undo?: Clipping;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function loadOptions(db: LibraryDb): Promise<{ total: number; options: Omit<FilterOptions, 'places'>; placeCodes: string[] }> {
  const [total, sites, tags, kinds, placeCodes] = await Promise.all([
    db.clippings.count(),
    db.clippings.orderBy('site').uniqueKeys(),
    db.clippings.orderBy('tags').uniqueKeys(),
    db.clippings.orderBy('figureKinds').uniqueKeys(),
    db.clippings.orderBy('placeCodes').uniqueKeys(),
  ]);
  return {
    total,
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

export function Library({ db, lang, openUrl, download = defaultDownload, copyText = defaultCopy, listHeight = 420 }: LibraryProps) {
  const t = strings(lang);
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const [filter, setFilter] = useState<ClippingFilter>({});
  const [grouped, setGrouped] = useState(false);
  const [editing, setEditing] = useState<Clipping | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const placeNames = useRef(new Map<string, string>());
  const fileInput = useRef<HTMLInputElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  /** Where focus returns when the editor closes (the row's Edit button). */
  const returnFocus = useRef<HTMLElement | null>(null);

  const results = useLiveQuery(() => queryClippings(db, filter), [db, JSON.stringify(filter)]);
  const meta = useLiveQuery(() => loadOptions(db), [db]);
  const clippings = results.value;
  const readError = results.error ?? meta.error;
  useEffect(() => {
    if (readError) setStatus({ message: messageOf(readError), kind: 'error' });
  }, [readError]);
  // After a delete the row is gone: keyboard users land on Undo instead of the page top.
  useEffect(() => {
    if (status?.undo) undoButton.current?.focus();
  }, [status]);

  // Place names come from the clippings seen so far (the gazetteer's canonical names), provinces from a table.
  if (clippings) for (const c of clippings) for (const p of c.places) if (p.code && !placeNames.current.has(p.code)) placeNames.current.set(p.code, p.name);
  const placeLabel = useCallback((code: string) => placeNames.current.get(code) ?? PROVINCE_NAMES[code] ?? code, []);
  const options: FilterOptions = {
    sites: meta.value?.options.sites ?? [],
    tags: meta.value?.options.tags ?? [],
    kinds: meta.value?.options.kinds ?? [],
    places: (meta.value?.placeCodes ?? []).map((code) => ({ code, label: placeLabel(code) })),
  };

  const rows = useMemo<Row[]>(() => {
    if (!clippings) return [];
    if (!grouped) return clippings.map((clipping) => ({ type: 'clip', clipping }));
    const groups = new Map<string, Clipping[]>();
    for (const c of clippings) {
      const key = articleKeyOf(c);
      const list = groups.get(key);
      if (list) list.push(c);
      else groups.set(key, [c]);
    }
    const out: Row[] = [];
    for (const [key, list] of groups) {
      const first = list[0]!;
      out.push({ type: 'article', key, headline: first.article?.headline || first.pageTitle, site: first.site, clippings: list });
      for (const clipping of list) out.push({ type: 'clip', clipping });
    }
    return out;
  }, [clippings, grouped]);

  const fail = (e: unknown) => setStatus({ message: messageOf(e), kind: 'error' });

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

  const markdownFor = (list: Clipping[], scope: MarkdownScope) => ({
    text: clippingsToMarkdown(list, { scope }),
    name: markdownFileName(list, scope),
  });
  const currentScope = (): MarkdownScope => (Object.keys(filter).length > 0 ? { kind: 'filter', description: describeFilter(filter, placeLabel) } : { kind: 'library' });
  const onDownloadMarkdown = () => {
    const { text, name } = markdownFor(clippings ?? [], currentScope());
    download(name, text, 'text/markdown');
  };
  const onCopyMarkdown = async () => {
    try {
      await copyText(markdownFor(clippings ?? [], currentScope()).text);
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
      const result = await importBackup(db, await file.text());
      setStatus({ message: t.imported(result.added, result.updated), kind: 'info' });
    } catch (e) {
      fail(e);
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const total = meta.value?.total;
  const empty = total === 0;

  return (
    <main class="library" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header class="library-header">
        <h1>{t.title}</h1>
        {clippings && total !== undefined && !empty ? <p class="count">{t.count(clippings.length, total)}</p> : null}
      </header>
      {empty ? (
        <section class="empty" aria-labelledby="empty-title">
          <h2 id="empty-title">{t.emptyTitle}</h2>
          <p>{t.emptyHelp}</p>
        </section>
      ) : (
        <>
          <Filters filter={filter} options={options} grouped={grouped} t={t} onChange={setFilter} onGroupedChange={setGrouped} />
          {!clippings ? (
            <p class="loading">{t.loading}</p>
          ) : clippings.length === 0 ? (
            <p class="no-matches">{t.noMatches}</p>
          ) : (
            <VirtualList
              items={rows}
              label={t.clippingList}
              height={listHeight}
              keyOf={(r) => (r.type === 'article' ? `a:${r.key}` : r.clipping.id)}
              heightOf={(r) => (r.type === 'article' ? HEADER_ROW_HEIGHT : CLIPPING_ROW_HEIGHT)}
              render={(r) =>
                r.type === 'article' ? (
                  <div class="article-row">
                    <h2 class="article-headline">{r.headline}</h2>
                    <button
                      type="button"
                      onClick={() => {
                        const { text, name } = markdownFor(r.clippings, { kind: 'article' });
                        download(name, text, 'text/markdown');
                      }}
                    >
                      {t.exportArticle}
                    </button>
                  </div>
                ) : (
                  <ClippingRow
                    clipping={r.clipping}
                    t={t}
                    locale={locale}
                    onOpen={(c) => openUrl(clippingUrl(c))}
                    onEdit={(c) => {
                      returnFocus.current = document.activeElement as HTMLElement | null;
                      setEditing(c);
                    }}
                    onDelete={(c) => void onDelete(c)}
                  />
                )
              }
            />
          )}
        </>
      )}
      <footer class="exports">
        {!empty ? (
          <>
            <button type="button" onClick={onDownloadMarkdown}>
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
        <label class="import">
          {t.importBackup}
          <input ref={fileInput} type="file" accept=".json,application/json" onChange={(e) => void onImport(e.currentTarget.files?.[0])} />
        </label>
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
