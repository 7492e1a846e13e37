// Offsets in repaired article text -> DOM Ranges on the live page, through the segmenter's source maps.
import type { DomBlocks } from '../blocks/dom';
import type { SourceSpan } from '../types';

type NodeEntry = DomBlocks['nodes'][number][number];

/** The entry holding block offset `offset`, or the first one after it (offsets inside collapsed whitespace). */
function entryAt(entries: NodeEntry[], offset: number, preferEnd: boolean): NodeEntry | null {
  let lo = 0;
  let hi = entries.length - 1;
  let best: NodeEntry | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = entries[mid]!;
    const inside = preferEnd ? offset > e.blockStart && offset <= e.blockStart + e.length : offset >= e.blockStart && offset < e.blockStart + e.length;
    if (inside) return e;
    if (e.blockStart >= offset) {
      best = e;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return preferEnd ? (lo > 0 ? entries[lo - 1]! : best) : best;
}

/**
 * DOM ranges covering [start, end) of a text whose `sources` map it to blocks.
 * `blockIndex` turns a segmenter block number into an index of `dom.blocks`.
 * A span crossing a repaired column break yields one range per piece.
 */
export function rangesForSpan(
  doc: Document,
  dom: DomBlocks,
  blockIndex: (segmenterBlock: number) => number,
  sources: SourceSpan[],
  start: number,
  end: number,
): Range[] {
  const ranges: Range[] = [];
  for (const s of sources) {
    const a = Math.max(start, s.start);
    const b = Math.min(end, s.end);
    if (a >= b) continue;
    const entries = dom.nodes[blockIndex(s.block)];
    if (!entries?.length) continue;
    const from = s.blockStart + (a - s.start);
    const to = from + (b - a);
    const first = entryAt(entries, from, false);
    const last = entryAt(entries, to, true);
    if (!first || !last) continue;
    const range = doc.createRange();
    range.setStart(first.node, first.nodeStart + Math.max(0, from - first.blockStart));
    range.setEnd(last.node, last.nodeStart + Math.min(last.length, to - last.blockStart));
    if (!range.collapsed) ranges.push(range);
  }
  return ranges;
}
