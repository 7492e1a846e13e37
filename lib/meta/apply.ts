// The page's own statements (lib/meta/page-meta.ts) applied to the stories the segmenter found: the publication
// time of each story, its dateline's date resolved to ISO 8601 against that time, and, on a one-story page, the
// byline and headline the page states when the text gives none.
import { resolveDate } from '../dates';
import type { Byline, Segmentation, SegmentedArticle } from '../types';
import type { PageMeta } from './page-meta';

function bylineOf(authors: string[]): Byline | null {
  return authors.length ? { reporters: [], correspondents: [], interns: [], photographers: [], authors: [...authors] } : null;
}

function apply(a: SegmentedArticle, meta: PageMeta | null, only: boolean): SegmentedArticle {
  const stated = meta?.published ?? null;
  // A dateline's month and day take their year from the page's date ("2月9日" on a page of 2023-02-10).
  const date = a.dateline?.date ? (resolveDate(a.dateline.date, stated) ?? a.dateline.date) : null;
  const dateline = a.dateline && date !== a.dateline.date ? { ...a.dateline, date } : a.dateline;
  const written = dateline?.date && /^\d{4}-\d{2}-\d{2}$/.test(dateline.date) ? dateline.date : null;
  const out: SegmentedArticle = { ...a, dateline, published: stated ?? written };
  if (only && meta) {
    if (!out.byline) out.byline = bylineOf(meta.authors);
    if (!out.headline.trim() && meta.headline) out.headline = meta.headline;
  }
  return out;
}

export function withPageMeta(seg: Segmentation, meta: PageMeta | null): Segmentation {
  const only = seg.articles.length === 1;
  return { ...seg, articles: seg.articles.map((a) => apply(a, meta, only)) };
}
