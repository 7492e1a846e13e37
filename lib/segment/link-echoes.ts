// An item's headline printed again under its text as the link to the story: listings set each item as a headline
// line over a summary, then the headline once more as the read-on link ("Defiance income tax receipts…" / summary /
// "Defiance income tax receipts…"), and the next item's headline under it. The repeated line is the item's link,
// furniture: read as a headline line it stands between the summary and the next headline and the items run on.
// It is a link only where it closes the item: the next block is another headline line (the next item's) or the page
// ends. One pass over the page, each line compared with the last head only: linear in its size.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A headline compared: this many characters at least, spaces and punctuation aside. */
const MIN_KEPT = 8;
/** The summary between the head and its echo: this many blocks at most. */
const MAX_BETWEEN = 3;

function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Marks as furniture each headline line repeating its item's head under the item's text, closing the item. */
export function markLinkEchoes(blocks: readonly Block[], infos: BlockInfo[]): void {
  let head = -1;
  let headKey = '';
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (!info.title) continue;
    const k = key((blocks[i] as Block).text);
    const next = infos[i + 1];
    if (head >= 0 && k === headKey && i - head >= 2 && i - head - 1 <= MAX_BETWEEN && (!next || next.title) && textBetween(infos, head, i)) {
      infos[i] = { ...info, title: false, markerOnly: true };
      head = -1;
      continue;
    }
    // A head over text of its own (the block under it is no headline line).
    if (k.length >= MIN_KEPT && next && !next.title && !next.markerOnly) {
      head = i;
      headKey = k;
    }
  }
}

/** The blocks between the head and its echo are the item's text: no headline line or furniture among them. */
function textBetween(infos: readonly BlockInfo[], head: number, echo: number): boolean {
  for (let j = head + 1; j < echo; j++) if (infos[j]?.title || infos[j]?.markerOnly) return false;
  return true;
}
