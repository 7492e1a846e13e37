// The tail of a quotation set as a line of its own: a post's digest or a pull quote cut at its start, closed by a
// stop or an ellipsis and the closing quotation mark, with no opening mark anywhere on the line
// ("出差最擔心手機沒電、電腦沒電、充電寶沒電……”"). A headline prints its quotation marks in pairs; a line that
// closes a quotation it never opened is words cut out of a text, never a headline. One pass, one pattern a line.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** Longer than this a line is a paragraph, whatever it closes on. */
const MAX_LINE = 80;
/** A stop or an ellipsis, then the closing quotation mark, closing the line. */
const CLOSED = /[。！？!?…⋯.]\s*[”」』]\s*$/u;
/** Any opening quotation mark. */
const OPENING = /[“「『]/u;

/** Whether the line closes a quotation it never opened. */
export function isQuoteTail(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_LINE && CLOSED.test(t) && !OPENING.test(t);
}

/** Headline-like lines that are a quotation's tail are no headlines. */
export function markQuoteTails(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (!info.title || info.byline || info.dateline) continue;
    if (isQuoteTail(blocks[i]?.text ?? '')) infos[i] = { ...info, title: false };
  }
}
