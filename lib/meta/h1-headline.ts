// The page's own headline heading (its one h1), when the page confirms it, over a heading the segmenter took from
// inside the text. A one-story page whose content block starts below its h1 (a live blog's "Latest" label over
// its entries, a section head over the first part) leaves the segmenter no line but a lesser heading; the page
// itself says which line is its headline: its only h1, the same words as its stated headline (JSON-LD, og:title)
// or its <title>, less the site's name. Layout evidence only: nothing here knows any page's words.
import { stripSiteName } from '../segment/headline';
import type { PageMeta } from './page-meta';

/** Compared as the reader reads them: case, width, spacing and punctuation aside. */
function norm(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** A stated title names the heading: the same words, or one begins the other (a kicker or a tail on one of them). */
function names(stated: string | null | undefined, heading: string): boolean {
  if (!stated?.trim()) return false;
  const s = norm(stripSiteName(stated));
  return s.length >= 6 && (s === heading || s.startsWith(heading) || heading.startsWith(s));
}

/**
 * Of a page's several h1s (a logo, menu tabs and teasers marked h1 beside the story's own), the one whose words are
 * the page's stated headline (JSON-LD, og:title), exactly, up to case and punctuation; null when none is.
 */
function statedAmong(meta: PageMeta): string | null {
  if (!meta.headline?.trim()) return null;
  const s = norm(stripSiteName(meta.headline));
  if (s.length < 6) return null;
  // Several h1s of those very words (a headline printed twice) are one headline: the first is taken.
  for (const h of meta.h1) if (norm(h) === s) return h.trim();
  return null;
}

/**
 * The page's one h1 when its stated headline or its <title> names it; on a page of several h1s, the one that is its
 * stated headline word for word (statedAmong); else null.
 */
export function confirmedH1(meta: PageMeta, title: string | null): string | null {
  if (meta.h1.length > 1) return statedAmong(meta);
  if (meta.h1.length !== 1) return null;
  const h1 = meta.h1[0]!.trim();
  const heading = norm(h1);
  if (heading.length < 6) return null;
  return names(meta.headline, heading) || names(title, heading) ? h1 : null;
}

/**
 * The found headline stands beside the page's h1 when it is the h1 (up to spacing and punctuation), holds it whole
 * (a kicker or a deck run onto it), or is most of it; a short heading the h1 merely contains ("Latest" in "…:
 * latest") is another line.
 */
export function agreesWithH1(found: string, h1: string): boolean {
  const f = norm(found);
  const h = norm(h1);
  if (!f) return false;
  return f === h || f.includes(h) || (h.includes(f) && f.length * 2 >= h.length);
}
