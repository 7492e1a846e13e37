// Place recogniser: Chinese divisions (GB/T 2260, down to townships), countries, first-level subdivisions and
// cities abroad, news regions and major features, in Chinese and English. See resolve.ts and english.ts for
// the precision rules.
import { writtenInTraditional } from '../hant/fold';
import { addMention, EMPTY_CONTEXT, type PlaceContext } from './context';
import { matchEnglishPlaces } from './english';
import { LATIN } from './find';
import type { Gazetteer } from './gazetteer';
import { findChinesePlaces } from './match';

export { findPlaces } from './find';
export { scanPlaces, type PlaceScan } from './scan';
export { parseGazetteer, type Gazetteer } from './gazetteer';
export type { PlaceContext } from './context';
export { placeHierarchy, rollUpCodes } from './hierarchy';

/**
 * Page context from all texts of a page (headline, paragraphs): entries named there without ambiguity, found
 * with no context at all, so that a later short form (兴安, 东胜) can lean on them.
 */
export function buildPlaceContext(texts: string[], gazetteer: Gazetteer): PlaceContext {
  const traditional = writtenInTraditional(texts);
  const ctx: PlaceContext = { mentioned: new Set(), areas: new Set(), traditional };
  const mention = (entry: number) => addMention(ctx, gazetteer, entry);
  const empty: PlaceContext = traditional ? { ...EMPTY_CONTEXT, traditional } : EMPTY_CONTEXT;
  for (const text of texts) {
    findChinesePlaces(text, gazetteer, empty, mention);
    // An English name with several entries (Victoria) is settled by the context, so it cannot feed it.
    if (LATIN.test(text)) for (const m of matchEnglishPlaces(text, gazetteer)) if (!m.ambiguous) mention(m.entry);
  }
  return ctx;
}
