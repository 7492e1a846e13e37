// Captions printed more than once: a stored photo gallery often holds each caption two or three times (the slide,
// the lightbox, the text version), parted by the slide's source-and-date line ("Reuters / Wednesday, March 31,
// 2021"). A copy is a caption-length block repeating, word for word, a block a few blocks above it; where the page
// repeats two captions or more that way, the copies and the short lines between a caption and its copies are the
// gallery's furniture and are taken off before the page is read, so that each picture is one story. The source
// maps point at the blocks as given (tail-heads.ts).
import type { Block } from '../types';
import { collapseSpaces } from './space';
import type { Origin } from './tail-heads';

/** A copy is caption-length, and lies this few blocks below the caption it repeats. */
const MIN_COPY = 40;
const WINDOW = 6;
/** Captions repeated before the page counts as a gallery of copies. */
const MIN_COPIES = 2;
/** A line between a caption and its copy that is furniture: short, no sentence. */
const MAX_LINE = 80;

const key = collapseSpaces;

/** The page with its captions' copies (and the slide lines between them) taken off, or null when it has none. */
export function dropGalleryCopies(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const drop = new Set<number>();
  let copies = 0;
  // Each block's key once (a block is compared with up to WINDOW blocks around it).
  const keys = blocks.map((b) => key(b.text));
  for (let i = 0; i < blocks.length; i++) {
    const t = keys[i]!;
    if (t.length < MIN_COPY || drop.has(i)) continue;
    let last = -1;
    for (let j = i + 1; j < blocks.length && j <= (last < 0 ? i : last) + WINDOW; j++) {
      if (keys[j] === t) last = j;
    }
    if (last < 0) continue;
    const between = [];
    let fits = true;
    for (let j = i + 1; j <= last; j++) {
      const u = keys[j]!;
      if (u === t) between.push(j);
      else if (u.length <= MAX_LINE && !/[.!?。！？]["”’)]?$/.test(u)) between.push(j);
      else fits = false;
    }
    if (!fits) continue;
    copies++;
    for (const j of between) drop.add(j);
  }
  if (copies < MIN_COPIES) return null;
  const out: Block[] = [];
  const origin: Origin[] = [];
  blocks.forEach((b, i) => {
    if (drop.has(i)) return;
    out.push(b);
    origin.push({ block: i, offset: 0 });
  });
  return { blocks: out, origin };
}
