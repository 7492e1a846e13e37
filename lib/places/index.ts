// Place recogniser: Chinese divisions (GB/T 2260, down to townships), countries, first-level subdivisions and
// cities abroad, news regions and major features, in Chinese and English. See resolve.ts and english.ts for
// the precision rules.
import type { PlaceSpan } from '../types';
import { addMention, EMPTY_CONTEXT, type PlaceContext } from './context';
import { findEnglishPlaces, matchEnglishPlaces } from './english';
import type { Gazetteer } from './gazetteer';
import { findChinesePlaces } from './match';

export { parseGazetteer, type Gazetteer } from './gazetteer';
export type { PlaceContext } from './context';
export { placeHierarchy, rollUpCodes } from './hierarchy';

const LATIN = /[A-Za-z]{2}/;

/** Place spans in `text`: sorted, non-overlapping, each `text` equal to input.slice(start, end). */
export function findPlaces(text: string, gazetteer: Gazetteer, context: PlaceContext = EMPTY_CONTEXT): PlaceSpan[] {
  const zh = findChinesePlaces(text, gazetteer, context);
  if (!LATIN.test(text)) return zh;
  const en = findEnglishPlaces(text, gazetteer, context);
  if (zh.length === 0) return en;
  return [...zh, ...en].sort((a, b) => a.start - b.start);
}

/**
 * Page context from all texts of a page (headline, paragraphs): entries named there without ambiguity, found
 * with no context at all, so that a later short form (兴安, 东胜) can lean on them.
 */
export function buildPlaceContext(texts: string[], gazetteer: Gazetteer): PlaceContext {
  const ctx: PlaceContext = { mentioned: new Set(), areas: new Set() };
  const mention = (entry: number) => addMention(ctx, gazetteer, entry);
  for (const text of texts) {
    findChinesePlaces(text, gazetteer, EMPTY_CONTEXT, mention);
    // An English name with several entries (Victoria) is settled by the context, so it cannot feed it.
    if (LATIN.test(text)) for (const m of matchEnglishPlaces(text, gazetteer)) if (!m.ambiguous) mention(m.entry);
  }
  return ctx;
}
