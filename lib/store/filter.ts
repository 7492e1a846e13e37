// The one filter shape the popup list, the exports and the tests share, and the check of a row against it.
import type { FigureKind } from '../types';
import type { StoredClipping } from './rows';
import { searchableText } from './rows';
import { foldText, queryTerms } from './search-tokens';

export interface ClippingFilter {
  /** Free text: every word must occur (in the passage, note, tags, headline, title or site). */
  text?: string;
  /** A GB/T 2260 code (matches places inside it: 150600 finds 150622) or an ISO country code. */
  placeCode?: string;
  figureKind?: FigureKind;
  site?: string;
  tag?: string;
  articleKey?: string;
  /** Saved at or after (epoch ms). */
  from?: number;
  /** Saved before (epoch ms, exclusive). */
  to?: number;
}

function matchesText(row: StoredClipping, terms: string[]): boolean {
  if (terms.length === 0) return true;
  const hay = foldText(searchableText(row));
  return terms.every((t) => hay.includes(t));
}

export function matchesFilter(row: StoredClipping, f: ClippingFilter, terms = queryTerms(f.text ?? '')): boolean {
  if (f.placeCode && !row.placeCodes.includes(f.placeCode)) return false;
  if (f.figureKind && !row.figureKinds.includes(f.figureKind)) return false;
  if (f.site && row.site !== f.site) return false;
  if (f.tag && !row.tags.includes(f.tag)) return false;
  if (f.articleKey && row.articleKey !== f.articleKey) return false;
  if (f.from !== undefined && row.createdAt < f.from) return false;
  if (f.to !== undefined && row.createdAt >= f.to) return false;
  return matchesText(row, terms);
}
