// A picture's caption printed twice over on one line ("▲作者驻港期间留影▲作者驻港期间留影", "▲6月20日,…。中新社记者
// 李志华 摄▲6月20日,…摄"): the image's alt text and its caption run together, as a stored page keeps both. Between
// paragraphs of a story it is that story's picture, kept with it as a figcaption is (article.ts), never a headline
// nor a credited photo opening a story of its own (its credit closes no item: the text under it goes on the story).
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { isSpaceCode } from './space';
/** (Made once: a literal made of a property escape alone is rebuilt on every call in the bundles.) */
const LETTER = /\p{L}/u;

/** One copy is a caption: a few words to a few lines. */
const MIN_COPY = 6;
const MAX_COPY = 200;

/** The copy the line repeats, when the line is one text printed twice (spaces between and inside aside). */
export function doubledCopy(text: string): string | null {
  const t = text.trim();
  // Spaces aside, the line is X + X: one comparison of its halves, not a trial of every cut. (A paragraph with more
  // than two copies' characters is none: counted up to that, it is not squeezed.)
  if (t.length > 2 * MAX_COPY && moreNonSpaceThan(t, 2 * MAX_COPY)) return null;
  const sq = squeeze(t);
  const half = sq.length / 2;
  if (!Number.isInteger(half) || half < MIN_COPY || half > MAX_COPY || sq.slice(0, half) !== sq.slice(half)) return null;
  // The first copy as printed: the line up to its half-th character that is no space.
  let seen = 0;
  let cut = 0;
  while (cut < t.length && seen < half) if (!/\s/.test(t[cut++]!)) seen++;
  const a = t.slice(0, cut).trim();
  // (Words, not a rule of underscores or dashes printed across the page.)
  return LETTER.test(a) ? a : null;
}

/** Whether `t` holds more than `max` characters that are no space (/\s/), read no further than that. */
function moreNonSpaceThan(t: string, max: number): boolean {
  let n = 0;
  for (let i = 0; i < t.length; i++) if (!isSpaceCode(t.charCodeAt(i)) && ++n > max) return true;
  return false;
}

/** Spacing around punctuation differs between a picture's alt text and its caption. */
const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** Story text stands on both sides: a paragraph of prose before the line and after it. */
function between(k: number, blocks: Block[], infos: BlockInfo[]): boolean {
  const prose = (j: number) => !infos[j]?.title && (blocks[j]?.text.length ?? 0) >= 30;
  let before = false;
  for (let j = k - 1; j >= 0 && !before; j--) before = prose(j);
  let after = false;
  for (let j = k + 1; j < blocks.length && !after; j++) after = prose(j);
  return before && after;
}

export function markDoubledCaptions(blocks: Block[], infos: BlockInfo[]): void {
  for (let k = 1; k < blocks.length - 1; k++) {
    const info = infos[k]!;
    if (info.dateline || info.byline || info.pageLabel || !doubledCopy(blocks[k]!.text)) continue;
    if (!between(k, blocks, infos)) continue;
    infos[k] = { ...info, title: false, caption: true, credit: null };
  }
}
