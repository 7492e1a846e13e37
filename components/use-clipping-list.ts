// What the library list shows, read a window at a time. The whole library pages straight off the createdAt
// index (a count plus offset/limit). A filter first shows its newest matches (firstMatches: index key sets, then
// only the rows shown); the full ordered list of ids follows, read as keys, and from then on only the rows in the
// reader's window are read. Each read is a live query over what it read, so a change refetches one page and lists
// of keys, never all rows.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clipping';
import type { LibraryDb } from '../lib/store/db';
import type { ClippingFilter } from '../lib/store/filter';
import { articleKeysOf, checkMatches, findMatches, firstMatches, isEmptyFilter, newestPage, readClippings, type FirstMatches } from '../lib/store/pages';
import { articleKeyOf, type StoredArticle } from '../lib/store/rows';
import { useLiveQuery } from './use-live-query';

/** Rows are read in aligned pages of this many, so small scrolls reuse the page already read. */
export const PAGE_SIZE = 32;
/** A filter's newest matches are read this many at least (a popup draws about ten rows, overscan included);
 * scrolling past them reads every match. */
const HEAD_AT_LEAST = 16;
/** Unchecked search matches are checked against the text in the background this many at a time. */
const CHECK_CHUNK = 200;
/** A pause in typing this long (ms) before a filter's whole list of ids is read. */
const FULL_LIST_AFTER_MS = 150;

export interface ArticleGroup {
  key: string;
  headline: string;
  site: string;
  /** Positions (in list order) of the group's clippings. */
  first: number;
  size: number;
}

export interface ClippingList {
  /** Clippings in the whole library (undefined until counted). */
  total: number | undefined;
  /** Clippings the filter selects (undefined until known). While unchecked search matches are being checked
   * this can briefly count a few candidates the text turns out not to contain; they leave as they are found. */
  count: number | undefined;
  /** Rows the list holds now (undefined until the first are read): `count` once known, before that the rows
   * read so far (and one more standing for the rest, when there is more). */
  length: number | undefined;
  /** The clipping at a position in list order, if its page has been read. */
  at: (pos: number) => Clipping | undefined;
  /** The id at a position, when known before the row is read (filtered lists). */
  idAt: (pos: number) => string | undefined;
  /** Article groups in list order (only when grouped; positions are then in grouped order). */
  groups: ArticleGroup[] | null;
  /** True from the frame after the first rows were shown (or the library was found empty): what can wait, waits for it. */
  painted: boolean;
  error: unknown;
}

interface IdSource {
  ids: string[];
  unchecked: boolean;
  /** id -> article key, when grouped. */
  articleOf: Map<string, string> | null;
  articles: Map<string, StoredArticle> | null;
}

interface PageResult {
  source: string;
  /** The matches this page was read for. */
  of: IdSource | null;
  offset: number;
  clippings: Clipping[];
  /** Ids in the window that turned out not to match (unchecked search candidates). */
  rejected: string[];
}

/** Group ids by article, groups ordered by their newest clipping, clippings newest first within each. */
function groupIds(ids: string[], articleOf: Map<string, string>, articles: Map<string, StoredArticle>): { ids: string[]; groups: ArticleGroup[] } {
  const byKey = new Map<string, string[]>();
  for (const id of ids) {
    const key = articleOf.get(id) ?? '';
    const list = byKey.get(key);
    if (list) list.push(id);
    else byKey.set(key, [id]);
  }
  const out: string[] = [];
  const groups: ArticleGroup[] = [];
  for (const [key, list] of byKey) {
    const a = articles.get(key);
    const sep = key.indexOf('\u0000');
    const url = sep < 0 ? key : key.slice(0, sep);
    let site = a?.site ?? '';
    if (!site) {
      try {
        site = new URL(url).hostname;
      } catch {
        site = '';
      }
    }
    groups.push({ key, headline: a?.headline || a?.pageTitle || key.slice(sep + 1) || url, site, first: out.length, size: list.length });
    out.push(...list);
  }
  return { ids: out, groups };
}

export function useClippingList(db: LibraryDb, filter: ClippingFilter, grouped: boolean, view: { first: number; last: number }): ClippingList {
  const filterKey = JSON.stringify(filter);
  const byIds = grouped || !isEmptyFilter(filter);

  const total = useLiveQuery(() => db.clippings.count(), [db]);
  const sourceKey = `${filterKey}|${grouped}`;
  // The newest matches first (not when grouped: groups need every match): as many as the list draws, fixed when the
  // filter changes so scrolling within them reads nothing again.
  const headWant = useRef({ key: '', want: HEAD_AT_LEAST });
  if (headWant.current.key !== sourceKey) headWant.current = { key: sourceKey, want: Math.max(HEAD_AT_LEAST, view.last - view.first) };
  const want = headWant.current.want;
  const head = useLiveQuery<{ key: string; value: FirstMatches } | null>(
    async () => (byIds && !grouped ? { key: sourceKey, value: await firstMatches(db, filter, want) } : null),
    [db, sourceKey, byIds],
  );
  const headValue = head.value?.key === sourceKey ? head.value.value : null;
  // Then every match (as ids): at once when grouping or when the reader scrolls past the first page, otherwise
  // once typing pauses, so each keystroke costs only its first page.
  const [fullFor, setFullFor] = useState<string | null>(null);
  const headIncomplete = headValue !== null && !headValue.complete;
  const scrolledPast = headIncomplete && view.last > headValue.ids.length;
  useEffect(() => {
    if (!byIds || fullFor === sourceKey) return;
    if (grouped || scrolledPast) {
      setFullFor(sourceKey);
      return;
    }
    if (!headIncomplete) return;
    const timer = setTimeout(() => setFullFor(sourceKey), FULL_LIST_AFTER_MS);
    return () => clearTimeout(timer);
  }, [byIds, sourceKey, grouped, scrolledPast, headIncomplete, fullFor]);
  // A complete head is already every match.
  const headIsAll = !grouped && headValue?.complete === true;
  const source = useLiveQuery<{ key: string; value: IdSource } | null>(async () => {
    if (!byIds || fullFor !== sourceKey || headIsAll) return null;
    const value = await db.transaction('r', db.clippings, db.articles, async (): Promise<IdSource> => {
      const { ids, unchecked, clippings } = await findMatches(db, filter);
      if (!grouped) return { ids, unchecked, articleOf: null, articles: null };
      // Rows already read name their article; otherwise the articleKey index does, keys only.
      const articleOf = clippings ? new Map(clippings.map((c) => [c.id, articleKeyOf(c)])) : await articleKeysOf(db, ids);
      const keys = [...new Set(articleOf.values())];
      const articles = new Map<string, StoredArticle>();
      (await db.articles.bulkGet(keys)).forEach((a, i) => a && articles.set(keys[i]!, a));
      return { ids, unchecked, articleOf, articles };
    });
    return { key: sourceKey, value };
  }, [db, sourceKey, fullFor === sourceKey, headIsAll]);
  const headAsSource = useMemo<IdSource | null>(
    () => (headIsAll && headValue ? { ids: headValue.ids, unchecked: false, articleOf: null, articles: null } : null),
    [headIsAll, headValue],
  );
  const sourceValue = !byIds ? null : headAsSource ?? (source.value?.key === sourceKey && fullFor === sourceKey ? source.value.value : null);

  // Search candidates found not to contain the text: left out of the list. Reset whenever the matches change.
  const [rejected, setRejected] = useState<{ of: unknown; ids: Set<string> }>({ of: null, ids: new Set() });
  const rejectedIds = rejected.of === sourceValue ? rejected.ids : null;
  const reject = (of: unknown, ids: string[]) => {
    if (ids.length === 0) return;
    setRejected((r) => {
      const base = r.of === of ? r.ids : new Set<string>();
      const next = new Set(base);
      for (const id of ids) next.add(id);
      return { of, ids: next };
    });
  };

  const ordered = useMemo(() => {
    if (!sourceValue) return null;
    const ids = rejectedIds && rejectedIds.size > 0 ? sourceValue.ids.filter((id) => !rejectedIds.has(id)) : sourceValue.ids;
    if (!sourceValue.articleOf || !sourceValue.articles) return { ids, groups: null };
    return groupIds(ids, sourceValue.articleOf, sourceValue.articles);
  }, [sourceValue, rejectedIds]);

  // The pages covering the window.
  const start = Math.floor(Math.max(0, view.first) / PAGE_SIZE) * PAGE_SIZE;
  const end = (Math.floor(Math.max(view.first, view.last - 1) / PAGE_SIZE) + 1) * PAGE_SIZE;
  const windowIds = ordered ? ordered.ids.slice(start, end) : null;
  const pageKey = windowIds ? windowIds.join(',') : `${start}-${end}`;
  const page = useLiveQuery<PageResult | null>(async () => {
    if (byIds) {
      // A complete first read is its own (live) page.
      if (!windowIds || !sourceValue || headIsAll) return null;
      if (!sourceValue.unchecked) return { source: sourceKey, of: sourceValue, offset: start, clippings: await readClippings(db, windowIds), rejected: [] };
      const checked = await checkMatches(db, windowIds, filter);
      const kept = new Set(checked.ids);
      return { source: sourceKey, of: sourceValue, offset: start, clippings: checked.clippings, rejected: windowIds.filter((id) => !kept.has(id)) };
    }
    return { source: sourceKey, of: null, offset: start, clippings: await newestPage(db, start, end - start), rejected: [] };
  }, [db, sourceKey, byIds, pageKey, sourceValue?.unchecked, headIsAll]);
  const pageValue = page.value?.source === sourceKey ? page.value : null;

  useEffect(() => {
    if (pageValue && sourceValue && pageValue.of === sourceValue) reject(sourceValue, pageValue.rejected);
  }, [pageValue]);

  // After the first window is shown, check the rest of an unchecked search so the count becomes exact.
  useEffect(() => {
    if (!pageValue || !sourceValue?.unchecked) return;
    let cancelled = false;
    const of = sourceValue;
    void (async () => {
      for (let i = 0; i < of.ids.length && !cancelled; i += CHECK_CHUNK) {
        await new Promise((r) => setTimeout(r, 0));
        if (cancelled) return;
        const slice = of.ids.slice(i, i + CHECK_CHUNK);
        const kept = new Set((await checkMatches(db, slice, filter)).ids);
        if (!cancelled) reject(of, slice.filter((id) => !kept.has(id)));
      }
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [sourceValue, pageValue !== null]);

  const byId = useMemo(() => {
    const m = new Map<string, Clipping>();
    if (pageValue) for (const c of pageValue.clippings) m.set(c.id, c);
    return m;
  }, [pageValue]);

  const headIds = headValue?.ids;
  const headById = useMemo(() => new Map((headValue?.clippings ?? []).map((c) => [c.id, c])), [headValue]);
  const count = byIds ? (ordered?.ids.length ?? (headValue?.complete ? headValue.ids.length : (headValue?.estimate ?? undefined))) : total.value;
  // Until every match is known, the list holds the first ones and one row more, which asks for the rest when
  // it comes into view.
  const length = count ?? (headValue ? headValue.ids.length + 1 : pageValue ? pageValue.clippings.length : undefined);
  const at = (pos: number): Clipping | undefined => {
    if (byIds) {
      const id = ordered ? ordered.ids[pos] : headIds?.[pos];
      return id === undefined ? undefined : (byId.get(id) ?? headById.get(id));
    }
    if (!pageValue) return undefined;
    return pageValue.clippings[pos - pageValue.offset];
  };
  const idAt = (pos: number) => (ordered ? ordered.ids[pos] : headIds?.[pos]);

  // Once anything is on screen, it stays painted (the filter choices load after it, once).
  const [painted, setPainted] = useState(false);
  const paintedNow = pageValue !== null || headValue !== null || total.value === 0;
  useEffect(() => {
    if (!paintedNow || painted) return;
    // After the frame that shows the rows.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [paintedNow, painted]);

  return {
    total: total.value,
    count,
    length,
    at,
    idAt,
    groups: ordered?.groups ?? null,
    painted,
    error: total.error ?? head.error ?? source.error ?? page.error,
  };
}
