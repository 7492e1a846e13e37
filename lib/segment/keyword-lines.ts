// A keywords or tags label on a line of its own ("关键词:", "标签：", "Tags:") with its words on the line under it
// ("通讯 写作 思考"): the words are the label's, page furniture like the label, never a headline over the text below.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { endsSentence } from './sentence';

const LABEL_ALONE = /^\s*(?:关键词|關鍵詞|关键字|關鍵字|标签|標籤|Keywords?|Tags?|Topics?)\s*[:：]?\s*$/i;
/** A line of keywords: a few words, no sentence. */
const MAX_WORDS_LINE = 60;

export function markKeywordLines(blocks: Block[], infos: BlockInfo[]): void {
  for (let k = 0; k + 1 < blocks.length; k++) {
    if (!LABEL_ALONE.test(blocks[k]?.text ?? '')) continue;
    const text = blocks[k + 1]?.text.trim() ?? '';
    const info = infos[k + 1];
    if (!info || !text || text.length > MAX_WORDS_LINE || endsSentence(text) || info.dateline) continue;
    infos[k + 1] = { ...info, title: false, markerOnly: true };
  }
}
