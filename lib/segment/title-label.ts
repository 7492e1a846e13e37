// A title given as a labelled field on the page's first lines: "标题:信阳市区…报道:城市脉搏的跳动", "標題：…". The label
// names the field, no word of the headline: taken off before the page is read (the source maps point at the blocks
// as given, tail-heads.ts). The label on a line of its own over its value is live-pages.ts's.
import type { Block } from '../types';
import type { Origin } from './tail-heads';

/** The label and its colon, then the value on the same line. */
const TITLE_FIELD = /^\s*(?:标题|標題|题目|題目)\s*[:：]\s*(?=\S)/u;
/** A title's value: a line's worth, no paragraph. */
const MAX_VALUE = 80;
/** Where the title stands: the first few lines. */
const HEAD_BLOCKS = 3;

/** The page with the label taken off a labelled title line among its first lines, or null. */
export function splitTitleLabel(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  for (let i = 0; i < Math.min(blocks.length, HEAD_BLOCKS); i++) {
    const text = blocks[i]!.text;
    const m = TITLE_FIELD.exec(text);
    if (!m || text.length - m[0].length > MAX_VALUE) continue;
    const at = m[0].length;
    const out = [...blocks];
    out[i] = { ...blocks[i]!, text: text.slice(at) };
    return { blocks: out, origin: blocks.map((_, k) => ({ block: k, offset: k === i ? at : 0 })) };
  }
  return null;
}
