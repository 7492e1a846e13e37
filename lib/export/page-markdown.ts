// A whole extracted page as Markdown: every article as if saved whole, in the library export's format.
import { articleText } from '../article-text';
import type { Clipping } from '../clipping';
import type { ExtractResult } from '../types';
import { clippingsToMarkdown } from './markdown';

export function pageClippings(result: ExtractResult, savedAt: number): Clipping[] {
  const url = result.url ?? '';
  let site = '';
  try {
    site = url ? new URL(url).hostname : '';
  } catch {
    site = '';
  }
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

export function pageMarkdown(result: ExtractResult, savedAt: number = Date.now()): string {
  return clippingsToMarkdown(pageClippings(result, savedAt), { scope: { kind: 'library' }, title: result.title || 'Jianbao' });
}
