// Run-in labels set off by a vertical bar, as Chinese digests head their items with the topic
// ("★巴以衝突丨哈馬斯拒絕了…", "● 財經｜…"): a few Chinese characters after the item's mark or number, then 丨 or ｜,
// then the item's text. Read where two paragraphs or more of the page open so, each label once: a label that
// comes back is a column's running title, and one opening alone may be a sentence's own bar.
import type { Block } from '../types';

/** Mark or number, a label of 2-10 Chinese characters, the bar; the text after it. */
const BAR_HEAD = /^\s*(?:[★☆●◆■□▶►△▲•·▪*＊]\s*|\d{1,2}\s*[.。、．]\s*)?([\u3400-\u9fff]{2,10})\s*[丨｜]\s*(?=\S)/;
/** The item's text after the label: a sentence's worth. */
const MIN_TEXT = 40;
/** Paragraphs the page opens so before their labels are read as headlines. */
const MIN_HEADS = 2;

/** Per block, the length of its bar-set label with its mark and bar (0: none), where the page prints two or more. */
export function barHeads(blocks: readonly Block[], prose: ArrayLike<number>): number[] {
  const found = blocks.map((b, i) => {
    const m = prose[i] ? BAR_HEAD.exec(b.text) : null;
    return m && b.text.length - m[0].length >= MIN_TEXT ? m : null;
  });
  const labels = found.filter((m) => m !== null).map((m) => m[1]);
  if (labels.length < MIN_HEADS || new Set(labels).size !== labels.length) return blocks.map(() => 0);
  return found.map((m) => (m ? m[0].length : 0));
}
