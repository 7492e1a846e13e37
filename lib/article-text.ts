// One article as one text (headline, then paragraphs, blank-line separated) with its annotations re-based onto it:
// what "Save article" stores and what the page export writes.
import type { Article, FigureSpan, PlaceSpan } from './types';

export const PARAGRAPH_SEPARATOR = '\n\n';

export interface ArticleText {
  text: string;
  figures: FigureSpan[];
  places: PlaceSpan[];
}

/** `withHeadline: false` gives the body alone (for exports that already show the headline as a heading). */
export function articleText(article: Article, withHeadline = true): ArticleText {
  const parts = withHeadline ? [article.headline, ...article.paragraphs] : article.paragraphs;
  const starts: number[] = [];
  let offset = 0;
  for (const p of parts) {
    starts.push(offset);
    offset += p.length + PARAGRAPH_SEPARATOR.length;
  }
  // paragraph -1 is the headline: part 0 when it is included, otherwise left out.
  const shift = withHeadline ? 1 : 0;
  const kept = (paragraph: number) => paragraph + shift >= 0;
  const base = (paragraph: number) => starts[paragraph + shift] ?? 0;
  return {
    text: parts.join(PARAGRAPH_SEPARATOR),
    figures: article.figures.filter((f) => kept(f.paragraph)).map(({ paragraph, ...f }) => ({ ...f, start: f.start + base(paragraph), end: f.end + base(paragraph) })),
    places: article.places.filter((p) => kept(p.paragraph)).map(({ paragraph, nameEn: _en, ...p }) => ({ ...p, start: p.start + base(paragraph), end: p.end + base(paragraph) })),
  };
}
