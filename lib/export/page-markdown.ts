// A whole extracted page as Markdown: every article as if saved whole, in the library export's format.
import { articleText } from '../article-text';
import type { Clipping } from '../clipping';
import type { ExtractResult } from '../types';
import { clippingsToMarkdown, type MarkdownLang, type MarkdownOptions } from './markdown';
import { markdownLangOf } from './markdown-labels';

function siteOf(url: string): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

export function pageClippings(result: ExtractResult, savedAt: number): Clipping[] {
  const url = result.url ?? '';
  const site = siteOf(url);
  return result.articles.map((article, i) => {
    const { text, figures, places } = articleText(article, false);
    return {
      id: `page-${i + 1}`,
      text,
      note: '',
      tags: [],
      color: 'yellow',
      url,
      site,
      pageTitle: result.title,
      article: { headline: article.headline, dateline: article.dateline, byline: article.byline },
      selectors: [],
      figures,
      places,
      // Articles keep page order: later articles count as saved a millisecond later.
      createdAt: savedAt + i,
      updatedAt: savedAt + i,
    };
  });
}

/**
 * The page as Markdown: `scope: "page"` with its address and site (said once, above the articles), its labels in
 * the page's language unless `lang` says otherwise; dates are listed among the figures only with `dates`.
 */
export function pageMarkdown(result: ExtractResult, savedAt: number = Date.now(), o: { lang?: MarkdownLang; dates?: boolean; placeName?: MarkdownOptions['placeName'] } = {}): string {
  const clippings = pageClippings(result, savedAt);
  const url = result.url ?? '';
  const site = clippings[0]?.site ?? siteOf(url);
  // The page's publication time, when its stories state one and the same.
  const stated = new Set(result.articles.map((a) => a.published).filter((p): p is string => !!p));
  const published = stated.size === 1 ? [...stated][0] : null;
  return clippingsToMarkdown(clippings, {
    scope: { kind: 'page', url, site, published },
    title: result.title || undefined,
    lang: o.lang ?? markdownLangOf(result.lang),
    dates: o.dates,
    placeName: o.placeName,
  });
}
