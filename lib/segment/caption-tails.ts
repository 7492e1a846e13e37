// A picture's caption printed on the line under a paragraph with no blank line between ("…查册成了布满地雷的领域。
// ⏎2020年11月3日,警察到…带走。摄:陈焯辉/端传媒"): the page text joins the two lines into one block, and the caption,
// closed by its photographer's credit and not by a stop, then leaves the paragraph open, so that the next paragraph
// is run on to it. The caption is split off onto a block of its own, where the credit reads it as a caption; the
// source maps point at the line as given (tail-heads.ts). Only a tail after a sentence's stop and the space the
// joined line break leaves, closed by a 摄/图 credit (a name, then an outlet after a slash); one look at each block's
// end and one backward search in it: linear in the page.
import type { Block } from '../types';
import { splitBlocksAt, type Origin } from './tail-heads';

const MAX_BLOCK = 1200;
const MAX_CAPTION = 160;
const MIN_CAPTION = 12;
const MIN_HEAD = 20;
/** The photographer's credit closing the caption: "摄:陈焯辉/端传媒", "攝：陳焯煇", "图/新华社 张三" is not read. */
const CREDIT = /(?:摄|攝|摄影|攝影|图|圖)\s*[:：]\s*[\u3400-\u9fff·]{2,5}(?:\s*[/／]\s*[^\s/／]{2,12})?$/u;
/** A sentence's stop (and a closing quote) then the space of a joined line break. */
const BOUNDARY = /[。！？!?][”」』"]?\s+(?=\S)/gu;

export function splitCaptionTails(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const cuts = new Map<number, number>();
  blocks.forEach((b, i) => {
    const t = b.text;
    if (t.length > MAX_BLOCK || !CREDIT.test(t)) return;
    const from = Math.max(0, t.length - MAX_CAPTION - 4);
    BOUNDARY.lastIndex = from;
    let at = -1;
    for (let m = BOUNDARY.exec(t); m; m = BOUNDARY.exec(t)) at = m.index + m[0].length;
    if (at < MIN_HEAD || t.length - at < MIN_CAPTION || t.length - at > MAX_CAPTION) return;
    cuts.set(i, at);
  });
  return cuts.size ? splitBlocksAt(blocks, cuts) : null;
}
