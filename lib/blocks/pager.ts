// A gallery's or a list's pager printed as blocks of its own: the slide numbers "1", "2", "3" … one after another,
// between arrow marks ("<<", "<", ">", ">>"). Numbers that count up by one, each a block alone with no words
// between them, are a control a reader clicks, never a story's text (a story's numbered items come with their
// words); the arrow marks at the run's two ends are its buttons. One pass over the blocks: linear in the page.
import type { Block } from '../types';

/** A slide or page number alone: 0 to 999. */
const PAGE_NUMBER = /^\d{1,3}$/;
/** A pager's arrow button and nothing else: "<<", "‹", "»", "→", "next" is words and not one. */
const ARROWS = /^[<>«»‹›←→\s\u00a0]+$/;
/** The fewest numbers in a row that make a pager. */
const MIN_RUN = 3;

/** Per block: part of a pager (a run of numbers counting up by one, and the arrow marks at its ends)? */
export function pagerFlags(blocks: readonly Pick<Block, 'text'>[]): boolean[] {
  const flags = blocks.map(() => false);
  const texts = blocks.map((b) => b.text.trim());
  let i = 0;
  while (i < texts.length) {
    if (!PAGE_NUMBER.test(texts[i]!) || Number(texts[i]) > 1) {
      i++;
      continue;
    }
    // A run that starts at 0 or 1 and counts up by one.
    let j = i + 1;
    while (j < texts.length && PAGE_NUMBER.test(texts[j]!) && Number(texts[j]) === Number(texts[j - 1]) + 1) j++;
    if (j - i >= MIN_RUN) {
      for (let k = i; k < j; k++) flags[k] = true;
      for (let k = i - 1; k >= 0 && ARROWS.test(texts[k]!); k--) flags[k] = true;
      for (let k = j; k < texts.length && ARROWS.test(texts[k]!); k++) flags[k] = true;
    }
    i = j;
  }
  return flags;
}
