// A list page that cuts each teaser at a length of its own, mid-sentence and with no ellipsis ("…接受外界檢視,批評目前
// 規畫的預備聽證", "…合併為「"), then prints the next item's headline: where most of its paragraphs stop so, each right
// over a headline line with text under it, the cut says "this item ends here" as the ellipsis of facts.ts does, and
// a teaser stopping on a comma or an open quote no longer reads as running on into the headline (leaves-off.ts).
// One pass over the blocks.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { endsSentence } from './sentence';

/** Cut teasers a page shows before they tell its items apart. */
const MIN_CUT = 3;

/** The paragraphs a list page cut with no mark, each right over the next item's headline; empty when it cuts none. */
export function unmarkedCuts(blocks: readonly Block[], infos: readonly BlockInfo[], prose: Int32Array): number[] {
  const cut: number[] = [];
  let paragraphs = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!prose[i]) continue;
    paragraphs++;
    if (!infos[i + 1]?.title || !prose[i + 2] || endsSentence(blocks[i]?.text ?? '')) continue;
    cut.push(i);
  }
  return cut.length >= MIN_CUT && cut.length * 2 >= paragraphs ? cut : [];
}
