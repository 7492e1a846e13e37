// The page's own statements (lib/meta/page-meta.ts) applied to the stories the segmenter found: the publication
// time of each story, its dateline's date resolved to ISO 8601 against that time, and, on a one-story page, the
// byline and headline the page states when the text gives none.
import { resolveDate } from '../dates';
import { isSiteNameOnly } from '../segment/page-headline';
import { siteNameParts, stripSiteName } from '../segment/headline';
import type { Byline, Segmentation, SegmentedArticle, SourceSpan } from '../types';
import type { PageMeta } from './page-meta';
import { agreesWithH1, confirmedH1 } from './h1-headline';
import { withoutAuthorBio } from './author-bio';

function bylineOf(authors: string[]): Byline | null {
  return authors.length ? { reporters: [], correspondents: [], interns: [], photographers: [], authors: [...authors] } : null;
}

/**
 * The headline a one-story page states for itself: its structured headline (JSON-LD, og:title), else its only h1,
 * else its <title> less the site name (a title that names only the site is none).
 */
export function statedHeadline(meta: PageMeta, title: string | null): string | null {
  if (meta.headline) return meta.headline;
  if (meta.h1.length === 1 && meta.h1[0]) return meta.h1[0];
  if (!title?.trim() || isSiteNameOnly(title)) return null;
  return stripSiteName(title) || null;
}

/** A headline that is the site's name (or a section's, as the <title> lists them beside the story's) is none. */
function namesTheSite(headline: string, meta: PageMeta, title: string | null): boolean {
  const h = headline.trim().toLowerCase();
  if (!h) return true;
  if (meta.siteName && meta.siteName.trim().toLowerCase() === h) return true;
  return !!title && siteNameParts(title).some((p) => p.toLowerCase() === h);
}

/**
 * The calendar date a page's address names, as e-papers and many news sites file their pages
 * (…/html/2023-02/10/content_…, /20230210/, /2023/02/10/), or null.
 */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|\D)((?:19|20)\d{2})[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(path);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The first block a source map points at, or null. */
const firstBlock = (spans: readonly SourceSpan[] | undefined): number | null => (spans?.length ? spans[0]!.block : null);

/**
 * A heading the segmenter took for the headline though text of the story stands above it (the text under the h1
 * runs on past a shop box to its first section head, "What it does well") is that section's head: where it
 * yields to the page's h1, it stays among the paragraphs at its place, as the story's other section heads do. A
 * heading over all the text (a live blog's "Latest" label) yields as before. One pass over the paragraphs.
 */
function sectionHeadKept(a: SegmentedArticle): Pick<SegmentedArticle, 'paragraphs' | 'paragraphSources'> {
  const at = firstBlock(a.headlineSource);
  const first = firstBlock(a.paragraphSources[0]);
  if (at === null || first === null || first > at || !a.headline.trim()) return a;
  let i = 0;
  while (i < a.paragraphs.length && (firstBlock(a.paragraphSources[i]) ?? -1) < at) i++;
  return {
    paragraphs: [...a.paragraphs.slice(0, i), a.headline, ...a.paragraphs.slice(i)],
    paragraphSources: [...a.paragraphSources.slice(0, i), a.headlineSource, ...a.paragraphSources.slice(i)],
  };
}

function apply(a: SegmentedArticle, meta: PageMeta | null, only: boolean, title: string | null, filed: string | null): SegmentedArticle {
  // The page's meta data first, else the date its publication line prints (the segmenter read it).
  const stated = meta?.published ?? a.published ?? null;
  // A dateline's month and day take their year from the page's date ("2月9日" on a page of 2023-02-10): the one it
  // states, else the one its address names.
  const reference = stated ?? filed;
  const date = a.dateline?.date ? (resolveDate(a.dateline.date, reference) ?? a.dateline.date) : null;
  const dateline = a.dateline && date !== a.dateline.date ? { ...a.dateline, date } : a.dateline;
  // The dateline states the story's date only when it writes the year itself (二〇二三年二月九日).
  const written = a.dateline?.date ? resolveDate(a.dateline.date, null) : null;
  const out: SegmentedArticle = { ...a, dateline, published: stated ?? written };
  if (only && meta) {
    if (!out.byline) out.byline = bylineOf(meta.authors);
    if (namesTheSite(out.headline, meta, title)) out.headline = statedHeadline(meta, title) ?? out.headline;
    else {
      // A heading from inside the text under the page's confirmed h1 (h1-headline.ts) yields to the h1; the
      // heading's line is no longer the headline's source.
      const h1 = confirmedH1(meta, title);
      if (h1 && !agreesWithH1(out.headline, h1)) {
        Object.assign(out, sectionHeadKept(out));
        out.headline = h1;
        out.headlineSource = [];
      }
    }
  }
  // The writer's bio under the story, opening on the byline's name, is no paragraph of it (author-bio.ts).
  return withoutAuthorBio(out);
}

/**
 * `title`: the page's <title>, whose part besides the site name is the last word on a one-story page's headline;
 * `url`: the page's address, whose date (urlDate) places datelines in their year when the page states none.
 */
export function withPageMeta(seg: Segmentation, meta: PageMeta | null, title: string | null = null, url: string | null = null): Segmentation {
  const only = seg.articles.length === 1;
  const filed = urlDate(url);
  return { ...seg, articles: seg.articles.map((a) => apply(a, meta, only, title, filed)) };
}
