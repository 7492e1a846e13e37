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
const MIN_OVERVIEW = 60;
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

/** Items an overview must name to make the page a digest. */
const MIN_NAMED = 2;

/**
 * The page is a digest by its overviews: one of them names two headlines or more of the items under it (up to the
 * next section label). Headings under such an overview are the digest's items, not one post's sections.
 */
export function overviewNamesItems(blocks: readonly Block[], infos: readonly BlockInfo[]): boolean {
  for (let k = 1; k < blocks.length; k++) {
    if (!isSectionOverview(k, blocks, infos)) continue;
    const text = blocks[k]?.text ?? '';
    let named = 0;
    for (let h = k + 1; h < blocks.length; h++) {
      const line = blocks[h]?.text ?? '';
      if (!infos[h]?.title) continue;
      if (isLabel(line)) break;
      if (sharedWords(line, text) >= NAMES_ITEM) named++;
    }
    if (named >= MIN_NAMED) return true;
  }
  return false;
}
