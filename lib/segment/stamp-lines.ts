// Stamp lines of a list page: under each item's headline a line giving only its source and its time, parted by a
// middle dot or a bar ("Xin Lang Cai Jing· 2026-01-11 04:50", "新华社 | 2024-03-02 08:15"), then the item's snippet.
// Where the page prints two or more, each is the item's source and time (furniture), and the line above it is the
// item's headline whatever its look (one with a colon, one with no stop), as meta-lines.ts reads lines of three
// fields. One stamp alone is a story's own source line and is left to the rest of the reading.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { asFurniture } from './line-marks';

/** A source (no sentence stop, no digits), a middle dot or bar, a full date and a clock time, nothing else. */
const STAMP = /^[^\d。！？!?.,，;；:：]{2,40}?\s*[·•・|｜]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$/u;
const MIN_STAMPS = 2;
/** A headline above a stamp is a line, not a paragraph. */
const MAX_HEAD = 120;

export function isStampLine(text: string): boolean {
  return STAMP.test(text.trim());
}

export function markStampLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  const stamps: number[] = [];
  blocks.forEach((b, i) => {
    if (isStampLine(b.text) && !infos[i]?.dateline && !infos[i]?.byline) stamps.push(i);
  });
  if (stamps.length < MIN_STAMPS) return;
  const stamp = new Set(stamps);
  for (const i of stamps) {
    infos[i] = asFurniture(infos[i] as BlockInfo);
    const above = infos[i - 1];
    const text = blocks[i - 1]?.text ?? '';
    if (above && !above.dateline && !above.byline && !above.markerOnly && !stamp.has(i - 1) && text.length <= MAX_HEAD && !/[。！？.!?]$/u.test(text.trim())) infos[i - 1] = { ...above, title: true };
  }
}

/** What a headline over its stamp line says more than a plain headline line: the page sets every item so. */
const STAMPED = 1;

/**
 * Candidate starts whose headline stands right over a stamp line, where the page prints two or more: each is an
 * item of the listing (one whose headline has a colon, "国台办:…", as much as any), and scores so. Its headline is
 * the one line over the stamp: lines above it are the page's (its tag, a search label), not the item's.
 */
export function withStampedStarts<C extends { head: number; body: number; score: number }>(cands: C[], blocks: readonly Block[]): C[] {
  let stamps = 0;
  for (const b of blocks) if (isStampLine(b.text) && ++stamps >= MIN_STAMPS) break;
  if (stamps < MIN_STAMPS) return cands;
  return cands.map((c) => (c.body > c.head && c.body < blocks.length && isStampLine(blocks[c.body]?.text ?? '') ? { ...c, head: c.body - 1, score: c.score + STAMPED } : c));
}
