// Pictures' captions numbered in circled figures set right under a headline ("①不少奉贤居民趁周末…", "②在德丰路199弄
// 门口,…"), as an e-paper article page prints them above the text: the captions of the story's pictures, text of
// the story, never lines of its headline stack (the last of them would stand as the headline over the text), kept
// with the story as an HTML page's figcaptions are (article.ts), not run into its first paragraph.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const CIRCLED = /^\s*([①-⑳])/;
/** A caption is a line or two; a headline's run of them is short too. */
const MAX_CAPTION = 80;
const MIN_RUN = 2;

function circled(text: string): number | null {
  const m = CIRCLED.exec(text);
  return m ? m[1]!.charCodeAt(0) - 0x2460 + 1 : null;
}

export function markNumberedCaptions(blocks: Block[], infos: BlockInfo[]): void {
  for (let k = 1; k < blocks.length; k++) {
    if (circled(blocks[k]!.text) !== 1 || !infos[k - 1]?.title) continue;
    let end = k;
    while (end < blocks.length && circled(blocks[end]!.text) === end - k + 1 && blocks[end]!.text.length <= MAX_CAPTION && infos[end]?.title) end++;
    if (end - k < MIN_RUN) continue;
    // The run stands over the text: the line after it is no title of its own.
    if (infos[end]?.title) continue;
    for (let j = k; j < end; j++) infos[j] = { ...infos[j]!, title: false, caption: true };
    k = end;
  }
}
