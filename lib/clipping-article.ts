// The article a clipping keeps: apart from lib/clipping.ts (shapes every bundle reads) because it reads dates with
// chrono-node, which only the page that saves clippings needs.
import type { ClippingArticle } from './clipping';
import { resolveDate } from './dates';

/**
 * The article a clipping keeps, saved at `savedAt` (epoch ms). A dateline whose month and day the page left without
 * a year (no year written, no stated publication date, none in its address: lib/meta) is placed in the latest year
 * that does not put it after the save, and marked `dateFrom: 'saved'`, so that a reader sees the year is inferred
 * (a page read on the day it is printed gets the right year; an old page clipped years later shows the mark).
 */
export function clippingArticle(a: ClippingArticle, savedAt: number): ClippingArticle {
  const d = a.dateline;
  if (!d?.date || resolveDate(d.date, null) !== null) return { headline: a.headline, dateline: d, byline: a.byline };
  const date = resolveDate(d.date, new Date(savedAt));
  return { headline: a.headline, dateline: date ? { ...d, date, dateFrom: 'saved' } : d, byline: a.byline };
}
