// A list of labelled items: a script or digest sets each story as a list item opened by a short label and a colon
// ("中东地区冲突升级: 以色列在卡塔尔…", "美国政治事件:FBI…"; in a page text, after a list dash "- "), under lead-in lines ending in a colon ("接下来是…重点
// 新闻:"). Where every paragraph of the page's text is such an item or such a lead-in, the label is each item's
// run-in head. An article's list of points ("时间: …", "地点: …") sits among paragraphs of its own and is not read so.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { isRoundupIntro, type PageFacts } from './facts';
import { itemNumber } from './numbers';

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

/** A numbered item's number and the space after it ("1. ", "2) ", "3️⃣ "), or a bare mark's ("▶ "). */
const ITEM_LEAD = /^\s*(?:\d{1,2}\s*[.)）、]|\d\uFE0F?\u20E3|\S)\s*/u;

/** A numbered item's label: a few words (up to six, 40 characters), no sentence punctuation, then a colon. */
const NUMBERED_LABEL = /^([^\s:：,，。；;!?！？][^:：,，。；;!?！？]{0,39}?)\s*[:：]\s*(?=\S)/;

function numberedLabelLength(text: string): number {
  const m = NUMBERED_LABEL.exec(text);
  if (!m || text.length - m[0].length < MIN_ITEM) return 0;
  return (m[1] ?? '').split(/\s+/).length <= 6 ? m[0].length : 0;
}

/**
 * Numbered items each opened by a label and a colon after the number ("1️⃣ Legal nightmare: College…", "2. Tariffs:
 * …"), numbered 1, 2, 3 … in a row, three or more: a newsletter's items under their run-in heads, whatever the page
 * sets around them (a welcome paragraph, a sign-up box). Per block, the length of number and label (0: none).
 */
function numberedLabels(blocks: readonly Block[], infos: readonly BlockInfo[], facts: PageFacts): number[] {
  const out = blocks.map(() => 0);
  let expect = 1;
  let items = 0;
  for (let k = 0; k < blocks.length; k++) {
    const text = (blocks[k] as Block).text;
    if (facts.furniture[k] || !facts.prose[k] || infos[k]?.title) continue;
    const num = itemNumber(text);
    // (After the numbered run, an item set off by a bare mark and a label the same way is one more: "☀️ Sizzling
    // views: …".)
    if (num === 0 && items >= MIN_ITEMS) {
      const lead = ITEM_LEAD.exec(text)?.[0].length ?? 0;
      const len = numberedLabelLength(text.slice(lead));
      if (len) out[k] = lead + len;
      continue;
    }
    if (num <= 0) continue;
    if (num !== expect) return blocks.map(() => 0);
    const lead = ITEM_LEAD.exec(text)?.[0].length ?? 0;
    const len = numberedLabelLength(text.slice(lead));
    if (!len) return blocks.map(() => 0);
    out[k] = lead + len;
    expect++;
    items++;
  }
  return items >= MIN_ITEMS ? out : blocks.map(() => 0);
}

/** Per block, the length of its label head where the page is a list of labelled items (0: none). */
export function labelledItems(blocks: readonly Block[], infos: readonly BlockInfo[], facts: PageFacts): number[] {
  const numbered = numberedLabels(blocks, infos, facts);
  if (numbered.some((n) => n > 0)) return numbered;
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
