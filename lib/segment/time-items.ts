// A column of one-line news: under a section label ("国内", "国际"), short paragraphs of a sentence or two, each
// its own item of news opened by when and who ("2月22日,国家主席…", "据财政部22日消息,…", "近日,水利部…").
// A story's paragraphs go on from one another ("他表示,…"); these each open with their own time, again and again.
import type { Block } from '../types';
import type { PageFacts } from './facts';
import { endsSentence } from './sentence';

/** The time of the news in the opening clause: "22日", "近日", "昨天". */
const TIME_LEAD = /^[^。，,；;]{0,12}?(?:\d{1,2}\s*日|近日|日前|今天|今日|昨天|昨日|当天|當天|当日|當日|本周|本週|上周|上週)/;
/** A one-line item: a sentence or two. */
const MAX_ITEM = 150;
const MAX_SENTENCES = 3;
/** Items in a row that make such a column. */
const MIN_RUN = 4;

function oneLineNews(text: string): boolean {
  if (text.length > MAX_ITEM || !endsSentence(text) || !TIME_LEAD.test(text)) return false;
  return (text.match(/[。！？]/g) ?? []).length <= MAX_SENTENCES;
}

/** A digest's name among the lines over the page's text ("【新闻早知道】3月6日", "每日简讯", "晚报速览"). */
export const DIGEST_NAME = /早知道|简讯|簡訊|简报|簡報|早报|早報|晚报|晚報|早班车|早班車|速览|速覽|新闻摘要|新聞摘要/;

/**
 * The blocks that open an item of such a column: each paragraph of a run of them right under a section label, or
 * making the page's whole text under lines that name a digest.
 */
export function timeItems(blocks: readonly Block[], facts: PageFacts): Uint8Array {
  const out = new Uint8Array(blocks.length);
  const first = facts.prose.findIndex((p) => p > 0);
  for (let k = 1; k < blocks.length; k++) {
    const named = k === first && blocks.slice(0, k).some((b) => DIGEST_NAME.test(b.text));
    if (!facts.label[k - 1] && !named) continue;
    let j = k;
    while (j < blocks.length && facts.prose[j] && oneLineNews(blocks[j]?.text ?? '')) j++;
    // (Under a digest's name alone, the run is the page's whole text: no paragraph of a story of its own follows.)
    if (j - k >= MIN_RUN && (!named || facts.label[k - 1] || !facts.prose.slice(j).some((p) => p > 0))) out.fill(1, k, j);
  }
  return out;
}
