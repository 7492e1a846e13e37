// A list of labelled items: a script or digest sets each story as a list item opened by a short label and a colon
// ("中东地区冲突升级: 以色列在卡塔尔…", "美国政治事件:FBI…"; in a page text, after a list dash "- "), under lead-in lines ending in a colon ("接下来是…重点
// 新闻:"). Where every paragraph of the page's text is such an item or such a lead-in, the label is each item's
// run-in head. An article's list of points ("时间: …", "地点: …") sits among paragraphs of its own and is not read so.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { isRoundupIntro, type PageFacts } from './facts';

/** A label of a few words, no sentence punctuation inside, set off by a colon. */
const LABEL_HEAD = /^\s*([^\s:：,，。；;、!?！？()（）「」“”"][^:：,，。；;!?！？]{1,15}?)\s*[:：]\s*(?=\S)/;
/** Text of the item's own after its label. */
const MIN_ITEM = 30;
/** Labelled items that make a page of them. */
const MIN_ITEMS = 3;

/** A list dash or bullet a page text sets before each item ("- 美国政治事件:…"), where it has no list markup. */
const LIST_DASH = /^\s*[-–•·*]\s+/;

function labelLength(text: string): number {
  const dash = LIST_DASH.exec(text)?.[0].length ?? 0;
  const m = LABEL_HEAD.exec(text.slice(dash));
  return m && text.length - dash - m[0].length >= MIN_ITEM ? dash + m[0].length : 0;
}

/** Per block, the length of its label head where the page is a list of labelled items (0: none). */
export function labelledItems(blocks: readonly Block[], infos: readonly BlockInfo[], facts: PageFacts): number[] {
  const out = blocks.map(() => 0);
  let items = 0;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    if (facts.furniture[k] || !facts.prose[k] || infos[k]?.title) continue;
    const len = b.tag === 'li' || LIST_DASH.test(b.text) ? labelLength(b.text) : 0;
    if (len > 0) {
      out[k] = len;
      items++;
    } else if (!isRoundupIntro(b.text)) return blocks.map(() => 0);
  }
  return items >= MIN_ITEMS ? out : blocks.map(() => 0);
}
