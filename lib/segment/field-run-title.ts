// A copied article stored as one line: its headline, its fields (作者:…, 来源:…, the issue), then its text, parted by
// spaces only ("我当记者这些年 作者:高渊 来源:《检察风云》 2019年第15期 高渊 虽然干这行已经25年,…"). A page's first block
// opened by a short unpunctuated phrase and, right after it, a labelled field is set out as the page lays it out:
// the headline, the fields' line, the text (the source maps point at the blocks as given, tail-heads.ts). The fields
// run over the space-parted words that follow while each is short and has no punctuation of a sentence; the first
// other word opens the text. One look at the first block, its words read once.
import type { Block } from '../types';
import type { Origin } from './tail-heads';

/** The headline, then a field label and its colon. */
const HEAD_FIELD = /^(\s*[^\s。！？!?,，:：;；]{4,40})\s+(?=(?:作者|来源|來源|撰文|撰稿|编辑|編輯|责任编辑|責任編輯|发布时间|發佈時間)\s*[:：])/u;
/** A field's word: short, no stop or comma of a sentence. */
const MAX_WORD = 24;
const SENTENCE_MARK = /[。！？!?,，;；]/u;
/** A block so run together is a paragraph's length at least past its fields. */
const MIN_TEXT = 60;

export function splitFieldRunTitle(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const first = blocks[0];
  if (!first) return null;
  const text = first.text;
  const m = HEAD_FIELD.exec(text);
  if (!m) return null;
  const fieldsAt = m[0].length;
  // The fields: space-parted words while each is short and unpunctuated.
  const word = /\S+/gu;
  word.lastIndex = fieldsAt;
  let textAt = -1;
  for (let w = word.exec(text); w; w = word.exec(text)) {
    if (w[0].length > MAX_WORD || SENTENCE_MARK.test(w[0])) {
      textAt = w.index;
      break;
    }
  }
  if (textAt < 0 || text.length - textAt < MIN_TEXT) return null;
  const head = m[1]!.trim();
  const out: Block[] = [
    { ...first, text: head },
    { ...first, text: text.slice(fieldsAt, textAt).trimEnd(), headingLevel: null, emphasis: false },
    { ...first, text: text.slice(textAt), headingLevel: null, emphasis: false },
    ...blocks.slice(1),
  ];
  const lead = text.length - text.trimStart().length;
  const origin: Origin[] = [
    { block: 0, offset: lead },
    { block: 0, offset: fieldsAt },
    { block: 0, offset: textAt },
    ...blocks.slice(1).map((_, k) => ({ block: k + 1, offset: 0 })),
  ];
  return { blocks: out, origin };
}
