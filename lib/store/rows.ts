// How a Clipping is stored: the clipping itself plus fields derived from it for the indexes.
import type { Clipping } from '../clipping';
import type { FigureKind } from '../types';
import { rollUpCodes } from './place-codes';
import { searchTokens } from './search-tokens';

export interface StoredClipping extends Clipping {
  /** Groups clippings of one article: url without fragment + headline. */
  articleKey: string;
  figureKinds: FigureKind[];
  /** v2: every place code with its prefecture and province. */
  placeCodes: string[];
  /** v2: see search-tokens.ts. */
  searchTokens: string[];
}

/** One article (or page) clippings came from, kept so the library can list and export by article. */
export interface StoredArticle {
  key: string;
  url: string;
  site: string;
  pageTitle: string;
  headline: string;
  firstSavedAt: number;
  lastSavedAt: number;
}

export interface StoredTag {
  name: string;
  lastUsedAt: number;
}

export function urlWithoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export function articleKeyOf(c: Pick<Clipping, 'url' | 'article' | 'pageTitle'>): string {
  return `${urlWithoutFragment(c.url)}\u0000${c.article?.headline ?? c.pageTitle}`;
}

/** Everything a search may hit: the passage, the note, tags, headline and title. */
export function searchableText(c: Clipping): string {
  return [c.text, c.note, c.tags.join(' '), c.article?.headline ?? '', c.pageTitle, c.site].join('\n');
}

export function placeCodesOf(c: Clipping): string[] {
  const out = new Set<string>();
  for (const p of c.places) if (p.code) for (const code of rollUpCodes(p.code)) out.add(code);
  return [...out].sort();
}

export function figureKindsOf(c: Clipping): FigureKind[] {
  return [...new Set(c.figures.map((f) => f.kind))].sort();
}

export function toStored(c: Clipping): StoredClipping {
  return {
    ...c,
    articleKey: articleKeyOf(c),
    figureKinds: figureKindsOf(c),
    placeCodes: placeCodesOf(c),
    searchTokens: searchTokens(searchableText(c)),
  };
}

/** Strip the derived index fields, returning the contract shape with its keys in contract order. */
export function fromStored(row: StoredClipping): Clipping {
  return {
    id: row.id,
    text: row.text,
    note: row.note,
    tags: row.tags,
    color: row.color,
    url: row.url,
    site: row.site,
    pageTitle: row.pageTitle,
    article: row.article,
    selectors: row.selectors,
    figures: row.figures,
    places: row.places,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function articleOf(c: Clipping): StoredArticle {
  return {
    key: articleKeyOf(c),
    url: urlWithoutFragment(c.url),
    site: c.site,
    pageTitle: c.pageTitle,
    headline: c.article?.headline ?? c.pageTitle,
    firstSavedAt: c.createdAt,
    lastSavedAt: c.createdAt,
  };
}
