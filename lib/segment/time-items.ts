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

/** The blocks that open an item of such a column: each paragraph of a run of them right under a section label. */
export function timeItems(blocks: readonly Block[], facts: PageFacts): Uint8Array {
  const out = new Uint8Array(blocks.length);
  for (let k = 1; k < blocks.length; k++) {
    if (!facts.label[k - 1]) continue;
    let j = k;
    while (j < blocks.length && facts.prose[j] && oneLineNews(blocks[j]?.text ?? '')) j++;
    if (j - k >= MIN_RUN) out.fill(1, k, j);
  }
  return out;
}
