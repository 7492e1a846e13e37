// A section's overview: a digest sets under a section label ("戰爭", "災難") one paragraph summing up the items
// below it, then the items, each a headline over its text. The paragraph has no headline of its own (the label is
// none) and names what the next headline names: it introduces the section's items, as a round-up's standfirst does,
// and is no story.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { isLabel } from './facts';
import { sharedWords } from './overlap';
import { endsSentence } from './sentence';

/** An overview sums up several items: a paragraph of some length. */
const MIN_OVERVIEW = 100;
/** Share of the next headline's words the overview holds. */
const NAMES_ITEM = 0.4;

/** Block k is a section's overview: under a section label, over a headline whose words it holds, itself over text. */
export function isSectionOverview(k: number, blocks: readonly Block[], infos: readonly BlockInfo[]): boolean {
  const text = blocks[k]?.text ?? '';
  const label = blocks[k - 1];
  const head = blocks[k + 1];
  if (!label || !head || !infos[k - 1]?.title || !isLabel(label.text) || infos[k]?.title || infos[k]?.dateline) return false;
  if (text.length < MIN_OVERVIEW || !endsSentence(text)) return false;
  if (!infos[k + 1]?.title || isLabel(head.text) || infos[k + 2]?.title || !blocks[k + 2]) return false;
  return sharedWords(head.text, text) >= NAMES_ITEM;
}
