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
  if (items < MIN_ITEMS) return blocks.map(() => 0);
  // (Labels that name who speaks, most of them, are the items' sources, not their heads: the items are headless.)
  let sources = 0;
  for (let k = 0; k < blocks.length; k++) if (out[k] && sourceLabel((blocks[k] as Block).text.slice(0, out[k]))) sources++;
  return sources * 2 > items ? blocks.map(() => 0) : out;
}

/** An institution's name ends on its kind (部, 委, 局, 社, 行 …). */
const INSTITUTION = /[部委局署社院会會行所厅廳办辦处處府司储儲]$/u;
/** An office, then its holder's name of two or three characters, or none. */
const OFFICE_HOLDER = /(?:长官|長官|主席|总统|總統|总理|總理|部长|部長|局长|局長|行长|行長|发言人|發言人)\p{Script=Han}{0,3}$/u;

/**
 * A Han label naming who speaks rather than what the item is about: an institution ("國資委", "財政部", "美联储",
 * "新华社", "统计局") or an office and its holder ("行政長官李家超", "外交部发言人毛宁"). A finance digest opens its
 * items so ("1、國資委:“十四五”以來…"): what follows the colon is that body's statement, the item's text.
 */
function sourceLabel(head: string): boolean {
  const label = head.replace(ITEM_LEAD, '').replace(/\s*[:：]\s*$/, '').trim();
  if (!/^[\p{Script=Han}]{2,14}$/u.test(label)) return false;
  return INSTITUTION.test(label) || OFFICE_HOLDER.test(label);
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
