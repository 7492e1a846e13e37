// A saved passage: what the content script writes and the popup, exports and backups read.
import type { Byline, Dateline, FigureSpan, PlaceSpan } from './types';

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offsets in the page's text as lib/anchor computes it (document.body text nodes, concatenated). */
  start: number;
  end: number;
}
/**
 * The text directive that scrolls to and highlights the passage (https://wicg.github.io/scroll-to-text-fragment/),
 * chosen at save time from the live range by text-fragments-polyfill's generateFragment: `value` is the directive
 * after `:~:`, e.g. "text=%E5%8F%A3%E5%B2%B8-,%E5%AE%8C%E6%88%90,-%E8%BF%9B". A Web Annotation FragmentSelector.
 */
export interface FragmentSelector {
  type: 'FragmentSelector';
  conformsTo: typeof TEXT_FRAGMENT_SPEC;
  value: string;
}
export const TEXT_FRAGMENT_SPEC = 'https://wicg.github.io/scroll-to-text-fragment/';
export type Selector = TextQuoteSelector | TextPositionSelector | FragmentSelector;

export const CLIP_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type ClipColor = (typeof CLIP_COLORS)[number];

/** The article a clipping was taken from, as the segmenter saw it. */
export interface ClippingArticle {
  headline: string;
  dateline: Dateline | null;
  byline: Byline | null;
}

export interface Clipping {
  /** Random UUID; stable across export/import. */
  id: string;
  /** The passage as the reader selected it (or the whole repaired article text when saving an article). */
  text: string;
  note: string;
  tags: string[];
  color: ClipColor;
  url: string;
  /** Host name of url, e.g. "szb.northnews.cn". */
  site: string;
  pageTitle: string;
  article: ClippingArticle | null;
  /** How to find the passage again on the page; empty for a whole-article save. */
  selectors: Selector[];
  /** Figures and places inside `text` (offsets into `text`). */
  figures: FigureSpan[];
  places: PlaceSpan[];
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

/** What the content script hands over; the store fills id and times. */
export type NewClipping = Omit<Clipping, 'id' | 'createdAt' | 'updatedAt'>;

/** Oldest first, ties (one millisecond) by id: the one order backups, exports and repainting share. */
export function byOldest(a: Clipping, b: Clipping): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
