// Which ranges of the live page to paint, and under which highlight name, for one extraction.
import type { DocumentExtract } from '../pipeline';
import type { Figure, Place } from '../types';
import { rangesForSpan } from './ranges';

export const FIGURE_SET_PREFIX = 'jianbao-figure-';
export const PLACE_SET = 'jianbao-place';

export type HighlightEntry =
  | { kind: 'figure'; set: string; article: number; ranges: Range[]; figure: Figure }
  | { kind: 'place'; set: string; article: number; ranges: Range[]; place: Place };

export interface PageHighlights {
  entries: HighlightEntry[];
  /** Per article: the range of its headline (to scroll to) and of its whole extent (to find where a selection falls). */
  headlines: (Range | null)[];
  extents: (Range | null)[];
}

export function pageHighlights(doc: Document, extract: DocumentExtract): PageHighlights {
  const { dom, contentBlocks, segmentation, result } = extract;
  const domIndex = (b: number) => contentBlocks[b] ?? -1;
  const entries: HighlightEntry[] = [];
  const headlines: (Range | null)[] = [];
  const extents: (Range | null)[] = [];
  result.articles.forEach((article, ai) => {
    const seg = segmentation.articles[ai]!;
    const sourcesOf = (paragraph: number) => (paragraph < 0 ? seg.headlineSource : seg.paragraphSources[paragraph] ?? []);
    for (const figure of article.figures) {
      const ranges = rangesForSpan(doc, dom, domIndex, sourcesOf(figure.paragraph), figure.start, figure.end);
      if (ranges.length) entries.push({ kind: 'figure', set: FIGURE_SET_PREFIX + figure.kind, article: ai, ranges, figure });
    }
    for (const place of article.places) {
      const ranges = rangesForSpan(doc, dom, domIndex, sourcesOf(place.paragraph), place.start, place.end);
      if (ranges.length) entries.push({ kind: 'place', set: PLACE_SET, article: ai, ranges, place });
    }
    const headline = rangesForSpan(doc, dom, domIndex, seg.headlineSource, 0, article.headline.length);
    headlines.push(headline[0] ?? null);
    extents.push(articleExtent(doc, headline, seg.paragraphSources.map((s, i) => rangesForSpan(doc, dom, domIndex, s, 0, article.paragraphs[i]!.length))));
  });
  return { entries, headlines, extents };
}

function articleExtent(doc: Document, headline: Range[], paragraphs: Range[][]): Range | null {
  const all = [...headline, ...paragraphs.flat()];
  if (!all.length) return null;
  let first = all[0]!;
  let last = all[0]!;
  for (const r of all) {
    if (r.compareBoundaryPoints(Range.START_TO_START, first) < 0) first = r;
    if (r.compareBoundaryPoints(Range.END_TO_END, last) > 0) last = r;
  }
  const extent = doc.createRange();
  extent.setStart(first.startContainer, first.startOffset);
  extent.setEnd(last.endContainer, last.endOffset);
  return extent;
}
