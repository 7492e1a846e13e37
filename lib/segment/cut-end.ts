// A page text that stops inside a sentence on a short line: a stored excerpt's end ("…世界日報在加州蒙特利公園市有棟大",
// "…经过晚报的不懈推动,肖家", "Six days after the incident, Nelson's par"). Short and without a stop, the line reads as a
// head, and a head closing a story does not make it truncated (article.ts); but a line that is the page's very last
// and reads as a clause, not a label, is the sentence the page stopped in. Han text: a clause mark inside it (after a
// speaker's or label's colon, if any), or a long run of letters with no space (a label line of spaced phrases, or a
// credit and its date, has spaces). Latin text: six words or more, the last a lower-case word, no colon (a headline
// "X: Y" has one). Labels ("熱點推薦", "Continue Reading", "新华社记者摄") are none of these. One look at the lines after
// the block (blank ones) and at the line itself.
import type { Block } from '../types';

/** A clause mark inside a Han sentence. */
const CLAUSE_MARK = /[,，、;；]/;
/** A label's or speaker's colon opening the line: what follows is read. */
const LEAD_LABEL = /^[^\s:：]{1,8}[:：]/;
/** A Han sentence's run this long with no space and no clause mark is still a sentence, not a label. */
const MIN_HAN_RUN = 16;
const HAN_END = /[\u3400-\u9fff]$/u;
const MIN_WORDS = 6;

/** Whether the line reads as a sentence cut off, not as a head or a label. */
export function readsAsCutSentence(text: string): boolean {
  const t = text.trim();
  if (HAN_END.test(t)) {
    const rest = t.replace(LEAD_LABEL, '');
    return CLAUSE_MARK.test(rest) || (t.length >= MIN_HAN_RUN && !/\s/.test(t));
  }
  const words = t.split(/\s+/);
  return words.length >= MIN_WORDS && /^[a-z]+$/.test(words[words.length - 1] ?? '') && !t.includes(':');
}

/** Whether block k is the page text's last line (blank lines aside) and reads as a sentence cut off. */
export function isCutPageEnd(k: number, blocks: readonly Block[]): boolean {
  if (k < 0) return false;
  // Forward from the line: the first non-blank line after it ends the look (the blank run only), so calling this for
  // every story's last line stays linear in the page.
  for (let j = k + 1; j < blocks.length; j++) if (blocks[j]?.text.trim()) return false;
  return readsAsCutSentence(blocks[k]?.text ?? '');
}
