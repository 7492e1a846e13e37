// One scan of a page's texts for both the page context and the place spans. The context needs a pass over every
// text with no context; the spans need the finished context. The first pass logs which entries each text asked
// the (empty) context about: when the finished context holds none of them, a second pass would get the same
// answers, take the same path and find the same spans, so the first pass's spans stand and only the other
// texts are scanned again.
import { writtenInTraditional } from '../hant/fold';
import type { PlaceSpan } from '../types';
import { addMention, type PlaceContext } from './context';
import { matchEnglishPlaces } from './english';
import { findRulePlaces, LATIN, mergeSpans } from './find';
import type { Gazetteer } from './gazetteer';
import { findChinesePlaces } from './match';
import { taggedPlaces } from './model/apply';
import { FormWalks } from './walks';

/** An always-empty set that logs every entry it is asked about. */
class ConsultLog extends Set<number> {
  consulted: number[] = [];
  override has(entry: number): boolean {
    this.consulted.push(entry);
    return false;
  }
}

export interface PlaceScan {
  /** The page context (what buildPlaceContext returns for the same texts). */
  context: PlaceContext;
  /** spans[i]: the places of texts[i], as findPlaces(texts[i], gazetteer, context) finds them. */
  spans: PlaceSpan[][];
}

/**
 * Context and spans for the texts of one page, identical to buildPlaceContext followed by findPlaces on each
 * text, but most texts are scanned once instead of twice.
 */
export function scanPlaces(texts: readonly string[], g: Gazetteer): PlaceScan {
  const traditional = writtenInTraditional(texts);
  const context: PlaceContext = { mentioned: new Set(), areas: new Set(), traditional };
  const mention = (entry: number) => addMention(context, g, entry);
  const log = new ConsultLog();
  const empty: PlaceContext = { mentioned: log, areas: log, traditional };
  const first: PlaceSpan[][] = [];
  const logEnds: number[] = [];
  // Each text's trie walks, which the context does not change: the tagger's features read them (walks.ts).
  const walks = FormWalks.forTexts(g, texts);
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const w = walks[i]!;
    const zh = findChinesePlaces(text, g, empty, mention, w);
    let en: PlaceSpan[] = [];
    if (LATIN.test(text)) {
      const matches = matchEnglishPlaces(text, g, empty);
      en = matches.map((m) => m.span);
      // An English name with several entries (Victoria) is settled by the context, so it cannot feed it.
      for (const m of matches) if (!m.ambiguous) mention(m.entry);
    }
    first.push(mergeSpans(zh, en));
    logEnds.push(log.consulted.length);
  }
  const spans: PlaceSpan[][] = [];
  let from = 0;
  for (let i = 0; i < texts.length; i++) {
    let stands = true;
    for (let k = from; k < logEnds[i]! && stands; k++) {
      const e = log.consulted[k]!;
      if (context.areas.has(e) || context.mentioned.has(e)) stands = false;
    }
    from = logEnds[i]!;
    spans.push(taggedPlaces(texts[i]!, g, stands ? first[i]! : findRulePlaces(texts[i]!, g, context), walks[i]!));
  }
  return { context, spans };
}
