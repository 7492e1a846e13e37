// An e-paper article view lists the page's headlines one a line at its foot (错了就改 / 评报员之窗 / 春绿柳梢头 /
// 大报风范 / …), among them the headline of the story it shows, printed above over the story's own meta line. The list
// is page furniture, never the story's text nor heads of stories; and the story's headline, printed twice, is no
// line the page repeats (a short line printed twice is otherwise read as furniture, facts.ts): its copy in the list
// is marked `listed` and counted no print of its own. One pass over the lines and one map of the headline lines.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A list: this many headline lines or more in a row, each this short, none closing a sentence. */
const MIN_ITEMS = 3;
const MAX_ITEM = 20;
const SENTENCE_END = /[。！？!?；;]/u;

function isItem(blocks: readonly Block[], infos: readonly BlockInfo[], k: number): boolean {
  const info = infos[k];
  const t = blocks[k]?.text.trim() ?? '';
  return !!info && info.title && !info.pageLabel && t.length > 0 && t.length <= MAX_ITEM && !SENTENCE_END.test(t);
}

export function markListedHeads(blocks: readonly Block[], infos: BlockInfo[]): void {
  const n = blocks.length;
  // The first print of each headline line that heads something of its own (the line under it is no headline line).
  const heading = new Map<string, number>();
  for (let i = 0; i + 1 < n; i++) {
    const t = blocks[i]?.text.trim() ?? '';
    if (infos[i]?.title && !infos[i + 1]?.title && !heading.has(t)) heading.set(t, i);
  }
  for (let s = 0; s < n; ) {
    if (!isItem(blocks, infos, s)) {
      s++;
      continue;
    }
    let e = s;
    while (e < n && isItem(blocks, infos, e)) e++;
    // A run of list items naming a headline printed above it, over text of its own: the page's headline list.
    let names = false;
    for (let k = s; k < e && !names; k++) {
      const at = heading.get(blocks[k]?.text.trim() ?? '');
      names = at !== undefined && at < s - 1;
    }
    if (e - s >= MIN_ITEMS && names) {
      for (let k = s; k < e; k++) infos[k] = { ...(infos[k] as BlockInfo), title: false, markerOnly: true, listed: true };
    }
    s = e;
  }
}
