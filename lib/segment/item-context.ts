// What the blocks around a candidate start say about it on a gallery or digest page: the first captioned picture
// under the page's furniture, a list item among credited items, a headline over nothing but the standfirst, a
// headline over a datelined lead across a line or two of furniture.
import type { Block } from '../types';
import { isMetaLine, type BlockInfo } from './classify';
import { isRoundupIntro, MAX_INTRO, type PageFacts } from './facts';

/**
 * The first picture of a gallery under its page furniture: a caption (one to three paragraphs) right under
 * furniture or meta lines, closed by a photo credit (a line of its own or the caption's end), with another
 * credited picture after it.
 */
export function captionAfterFurniture(i: number, infos: BlockInfo[], facts: PageFacts): boolean {
  if (!facts.furniture[i - 1] && !infos[i - 1]?.markerOnly) return false;
  let k = i;
  while (k < i + 3 && facts.prose[k] && !facts.closes[k]) k++;
  // The credit on a line of its own, or closing the caption ("…。新華社記者 許暢 攝").
  const credited = (q: number) => !!infos[q]?.byline?.photographers.length || (!!infos[q]?.credit && facts.prose[q] > 0);
  const credit = credited(k) ? k : -1;
  if (credit < 0) return false;
  // Another credited picture follows.
  for (let q = credit + 1; q < credit + 8 && q < facts.prose.length; q++) if (credited(q)) return true;
  return false;
}

/** The text from block `at` to the next headline is short and ends in a round-up's standfirst. */
export function headsIntro(at: number, blocks: Block[], facts: PageFacts, titleAt: (k: number) => boolean): boolean {
  let chars = 0;
  let last = -1;
  for (let k = at; k < blocks.length && !titleAt(k); k++) {
    if (!facts.prose[k]) continue;
    chars += facts.prose[k] as number;
    last = k;
  }
  return last > at && chars < MAX_INTRO && isRoundupIntro(blocks[last]?.text ?? '');
}

/** A list item among items closed by their credits: after one, or the first of two. */
export function creditedItem(i: number, blocks: Block[], facts: PageFacts): boolean {
  const li = (k: number) => blocks[k]?.tag === 'li';
  return (li(i - 1) && !!facts.closes[i - 1]) || (!!facts.closes[i] && li(i + 1) && !!facts.closes[i + 1]);
}

/** Furniture lines (a share label, a picture's credit) a headline may stand over its dateline across. */
const MAX_FURNITURE_GAP = 2;
/** A line holding a word. */
const WORDED = /\p{L}{2}/u;

/**
 * Whether a title stands right over the block, or over no more than a line or two of furniture right over it
 * ("Share this @example.com" between a headline and its datelined lead, English plain-text round 7): then the
 * dateline opens that headline's story, not a headless report of its own.
 */
export function titleOver(i: number, blocks: readonly Block[], infos: readonly BlockInfo[], facts: PageFacts): boolean {
  let p = i - 1;
  // (A line of words read as furniture: a meta line, a date or an author line, is no such gap, nor is a rule, which
  // parts a section's label from its items.)
  const gap = (q: number) => !!facts.furniture[q] && !infos[q]?.title && WORDED.test(blocks[q]?.text ?? '') && !isMetaLine(blocks[q]?.text ?? '');
  while (p > 0 && p >= i - MAX_FURNITURE_GAP && gap(p)) p--;
  return !!infos[p]?.title;
}
