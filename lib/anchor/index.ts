// Selectors for a reader's selection, and finding saved clippings again when the reader returns.
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../clipping';
import { describePosition, describeQuote, matchQuote } from './quote';
import { distanceAfter, distanceBefore } from './context-distance';
import { offsetsFromRange, pageText, rangeFromOffsets, type PageText } from './text-position';

export { describePosition, describeQuote, matchQuote } from './quote';
export { offsetsFromRange, pageText, rangeFromOffsets } from './text-position';
export type { PageText, TextNodeEntry } from './text-position';

function documentOf(root: Node): Document {
  return root.ownerDocument ?? (root as Document);
}

/** Quote and position selectors for a range inside root; throws if the range lies in skipped text. */
export function describeRange(root: Node, range: Range, context = 32): [TextQuoteSelector, TextPositionSelector] {
  const index = pageText(root);
  const offsets = offsetsFromRange(index, range);
  if (!offsets) throw new RangeError('The selection is not in the page text (script, style or the Jianbao panel).');
  return [describeQuote(index.text, offsets.start, offsets.end, context), describePosition(offsets.start, offsets.end)];
}

function anchorInText(index: PageText, doc: Document, selectors: readonly Selector[]): Range | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  // A position alone cannot tell whether the page moved underneath it.
  if (!quote || !quote.exact) return null;
  const { text } = index;
  if (position && position.end - position.start === quote.exact.length && text.slice(position.start, position.end) === quote.exact) {
    // Unchanged page: the saved place still holds the quote with its context.
    const prefix = quote.prefix ?? '';
    const suffix = quote.suffix ?? '';
    if (distanceBefore(text, position.start, prefix) === 0 && distanceAfter(text, position.end, suffix) === 0) {
      return rangeFromOffsets(index, position.start, position.end, doc);
    }
  }
  const match = matchQuote(text, quote, { position: position?.start });
  return match ? rangeFromOffsets(index, match.start, match.end, doc) : null;
}

/** The saved passage on the (possibly edited) page under root, or null when it cannot be placed safely. */
export function anchor(root: Node, selectors: readonly Selector[]): Range | null {
  return anchorInText(pageText(root), documentOf(root), selectors);
}

export interface AnchorResult<T> {
  anchored: { item: T; range: Range }[];
  /** Passages no longer found on the page (or not safely): shown to the reader as orphans. */
  orphans: T[];
}

/**
 * Place many saved clippings at once (the page text is read once). Items without selectors
 * (whole-article saves) are not passages on the page and appear in neither list.
 */
export function anchorAll<T extends { selectors: readonly Selector[] }>(root: Node, list: readonly T[]): AnchorResult<T> {
  const index = pageText(root);
  const doc = documentOf(root);
  const result: AnchorResult<T> = { anchored: [], orphans: [] };
  for (const item of list) {
    if (item.selectors.length === 0) continue;
    const range = anchorInText(index, doc, item.selectors);
    if (range) result.anchored.push({ item, range });
    else result.orphans.push(item);
  }
  return result;
}
