// The page's own text Readability passed over. On a page that says it holds one story, what Readability left out
// between its first and last block is dropped as teasers (content.ts); but a site that loads other stories in full
// below its own can draw Readability to those, keeping of the page's story only its head (h1, excerpt, caption).
// Then the prose right under the page's h1, which Readability skipped, is the story's text: a run of unkept
// paragraphs that holds far more prose than Readability kept between the h1 and it.
import type { DomBlocks } from './dom';

/** A paragraph of prose: this many characters or more (spaces aside), no picture's caption. */
const PROSE_MIN = 40;
/** The skipped run holds at least this many paragraphs of prose… */
const RUN_PARAGRAPHS = 3;
/** …and this many times the prose Readability kept between the h1 and it. */
const RUN_SHARE = 4;

function proseLength(text: string): number {
  return text.replace(/[\s\u00a0\u3000]+/g, '').length;
}

/**
 * Blocks to keep besides Readability's on a one-story page: the first run of unkept, non-furniture blocks after
 * the page's first kept h1 within [first, last], when it is the story's text by the measure above; else []. One
 * pass over the range.
 */
export function ownTextRun(dom: DomBlocks, kept: readonly boolean[], clutter: readonly boolean[], first: number, last: number): number[] {
  let h1 = -1;
  for (let i = first; i <= last && h1 < 0; i++) if (kept[i] && !clutter[i] && dom.blocks[i]!.headingLevel === 1) h1 = i;
  if (h1 < 0) return [];
  let keptProse = 0;
  let start = -1;
  for (let i = h1 + 1; i <= last; i++) {
    const b = dom.blocks[i]!;
    if (clutter[i]) continue;
    if (kept[i]) {
      if (b.figure === undefined) keptProse += proseLength(b.text);
      continue;
    }
    if (b.figure === undefined && b.headingLevel === null && proseLength(b.text) >= PROSE_MIN) {
      start = i;
      break;
    }
  }
  if (start < 0) return [];
  const run: number[] = [];
  let paragraphs = 0;
  let prose = 0;
  for (let i = start; i <= last && !kept[i]; i++) {
    if (clutter[i]) continue;
    const b = dom.blocks[i]!;
    run.push(i);
    const len = proseLength(b.text);
    if (b.figure === undefined && b.headingLevel === null && len >= PROSE_MIN) {
      paragraphs++;
      prose += len;
    }
  }
  return paragraphs >= RUN_PARAGRAPHS && prose >= RUN_SHARE * keptProse ? run : [];
}
