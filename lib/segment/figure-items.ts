// A gallery set in <figure>s: where the page's text from its first picture on is pictures, each a <figure> with its
// caption inside (or at most a paragraph or two telling it right after), every picture is an item of its own. A
// story illustrated with pictures runs paragraphs of its own between them; a gallery does not.
import type { Block } from '../types';
import type { PageFacts } from './facts';
import type { Candidate } from './starts';

/** Pictures a gallery shows. */
const MIN_FIGURES = 3;
/** Paragraphs after a picture's figure that may still be its telling. */
const MAX_TOLD = 2;
/** A picture's telling stays within this many characters; a story's run of text between pictures goes past it. */
const MAX_TOLD_CHARS = 700;
/** What a gallery's picture says for a story start. */
const FIGURE_START = 4;

/**
 * The blocks where the gallery's pictures start (the first block of each <figure>, in page order), or [] when the
 * page is no gallery of figures.
 */
export function figureStarts(blocks: Block[], facts: PageFacts): number[] {
  const starts: number[] = [];
  let last: number | undefined;
  for (let k = 0; k < blocks.length; k++) {
    const f = blocks[k]?.figure;
    if (f === undefined || f === last) continue;
    last = f;
    starts.push(k);
  }
  if (starts.length < MIN_FIGURES) return [];
  let told = false;
  for (let q = 0; q < starts.length; q++) {
    const end = starts[q + 1] ?? blocks.length;
    let after = 0;
    let chars = 0;
    for (let k = starts[q] as number; k < end; k++) {
      if (!facts.prose[k]) continue;
      chars += facts.prose[k] as number;
      if (blocks[k]?.figure === undefined) after++;
    }
    if (after > MAX_TOLD || chars > MAX_TOLD_CHARS || chars === 0) return [];
    if (chars > 0) told = true;
  }
  return told ? starts : [];
}

/** The candidates with every gallery picture a strong start (candidates in page order). */
export function withFigureStarts(cands: Candidate[], blocks: Block[], facts: PageFacts): Candidate[] {
  const starts = figureStarts(blocks, facts);
  if (!starts.length) return cands;
  const at = new Set(starts);
  // Starts inside a picture's telling are no items of their own; the pictures are.
  const out = cands.filter((c) => at.has(c.head) || c.head < (starts[0] as number));
  for (const k of starts) {
    const c = out.find((x) => x.head === k);
    if (c) c.score = Math.max(c.score, FIGURE_START);
    else out.push({ head: k, body: k, kind: 'after-credit', score: FIGURE_START, runIn: 0 });
  }
  return out.sort((a, b) => a.head - b.head || a.body - b.body);
}
