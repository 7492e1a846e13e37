// A headline the page prints again below it: portals repeat the story's title above each of its photos (the
// picture's alt text, "陆海之约 相遇重庆丨…" over "启动仪式现场。华龙网记者 王庆炼摄") or once more over the text
// after a summary. Where the page's headline (its first headline line that heads text of its own: a meta line, a
// byline, a caption, a paragraph under it) is printed again, every later print is that story's title, no new
// story, and the credited caption under it the story's picture. A table of contents printing the headlines one
// under another (本期导读) heads no text with them, and a line repeated other than the headline (a dateline set as
// its own line, "New Delhi, May 31") is left as it is.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { bareWords } from './bare-words';

/** A headline compared: this many characters at least, spaces and punctuation aside. */
const MIN_KEPT = 8;

export function markHeadlineEchoes(blocks: readonly Block[], infos: BlockInfo[]): void {
  // The page's headline: its first headline line that heads text (the block under it is no headline line).
  let first = -1;
  for (let i = 0; i + 1 < blocks.length && first < 0; i++) {
    const info = infos[i] as BlockInfo;
    if (info.title && !info.pageLabel && bareWords(blocks[i]?.text ?? '').length >= MIN_KEPT && !infos[i + 1]?.title) first = i;
  }
  if (first < 0) return;
  const headline = bareWords(blocks[first]?.text ?? '');
  // Other headline lines heading text of their own between the first print and this one: a listing's label line
  // (a place, a district) printed again two items on heads a new item's text, no echo (listed-echo).
  let heads = 0;
  for (let i = first + 1; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    // (Each headline line's key made once: NFKC and the punctuation pass cost the line's length.)
    const k = info.title ? bareWords(blocks[i]?.text ?? '') : '';
    if (!info.title || k !== headline) {
      if (info.title && !infos[i + 1]?.title && k.length >= MIN_KEPT) heads++;
      continue;
    }
    if (headsNewItem(heads, infos[i + 1])) continue;
    infos[i] = { ...info, title: false, markerOnly: true };
    // The photo the repeated title stands over is the story's: its credited caption opens no story.
    const caption = infos[i + 1];
    if (caption?.credit && !caption.dateline && !caption.byline) infos[i + 1] = { ...caption, credit: null };
  }
}

/** Items headed by other lines this many at least, between the two prints, make the second a new item's head. */
const MIN_HEADS_BETWEEN = 2;

/** Whether a repeated headline line heads a new item: other items' heads stand between, and prose (no caption) under it. */
function headsNewItem(heads: number, under: BlockInfo | undefined): boolean {
  return heads >= MIN_HEADS_BETWEEN && !!under && !under.title && !under.credit && !under.markerOnly && !under.byline && !under.dateline;
}
