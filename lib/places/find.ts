// Place spans of one text, Chinese and English, given the page context.
import type { PlaceSpan } from '../types';
import { EMPTY_CONTEXT, type PlaceContext } from './context';
import { findEnglishPlaces } from './english';
import type { Gazetteer } from './gazetteer';
import { findChinesePlaces } from './match';
import { taggedPlaces } from './model/apply';
import { FormWalks } from './walks';

/** English names need two Latin letters in a row; texts without them skip the English tokenizer. */
export const LATIN = /[A-Za-z]{2}/;

/** Chinese and English spans of one text, merged by start. */
export function mergeSpans(zh: PlaceSpan[], en: PlaceSpan[]): PlaceSpan[] {
  if (en.length === 0) return zh;
  if (zh.length === 0) return en;
  return [...zh, ...en].sort((a, b) => a.start - b.start);
}

/**
 * The rule recogniser's place spans in `text` (the tagger's features; the places when there is no tagger);
 * `walks` gets what the Chinese matcher's trie walks found.
 */
export function findRulePlaces(text: string, gazetteer: Gazetteer, context: PlaceContext = EMPTY_CONTEXT, walks?: FormWalks): PlaceSpan[] {
  const zh = findChinesePlaces(text, gazetteer, context, null, walks);
  if (!LATIN.test(text)) return zh;
  return mergeSpans(zh, findEnglishPlaces(text, gazetteer, context));
}

/** Place spans in `text`: sorted, non-overlapping, each `text` equal to input.slice(start, end). */
export function findPlaces(text: string, gazetteer: Gazetteer, context: PlaceContext = EMPTY_CONTEXT): PlaceSpan[] {
  // The matcher's walks, kept for the tagger's features (walks.ts).
  const walks = FormWalks.forTexts(gazetteer, [text])[0]!;
  return taggedPlaces(text, gazetteer, findRulePlaces(text, gazetteer, context, walks), walks);
}
