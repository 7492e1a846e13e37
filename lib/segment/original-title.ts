// A page whose first line is a repost's 原标题 note ("原标题:“蓉漂”的记者手记:幸运,…") standing straight over the
// story's first paragraph: the note is the only title the page prints, so it heads the story. The label is taken
// off before the page is read (the source maps point at the blocks as given); a 原标题 note under a headline, or
// over anything but prose, stays a note (headline.ts). Only the first two blocks are looked at.
import type { Block } from '../types';
import type { Origin } from './tail-heads';

const LABEL = /^\s*[（(【\[]?\s*原[标標][题題]\s*[:：]\s*(?=\S)/u;
const MAX_VALUE = 80;
/** The paragraph under it: prose, long and closed on a sentence's stop or cut by the stored excerpt. */
const MIN_PROSE = 40;
const CLOSE = /[)）】\]]\s*$/u;

export function splitOriginalTitle(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const text = blocks[0]?.text ?? '';
  const m = LABEL.exec(text);
  if (!m || text.includes('\n') || text.length - m[0].length > MAX_VALUE) return null;
  const next = blocks[1]?.text ?? '';
  if (next.length < MIN_PROSE || !/[。！？!?]/u.test(next)) return null;
  const at = m[0].length;
  const value = text.slice(at).replace(CLOSE, '');
  const out = [...blocks];
  out[0] = { ...blocks[0]!, text: value };
  return { blocks: out, origin: blocks.map((_, k) => ({ block: k, offset: k === 0 ? at : 0 })) };
}
