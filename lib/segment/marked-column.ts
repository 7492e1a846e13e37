// A column of marked briefs: every paragraph of the page's text opens with the same bare mark ("■ …", "• …"), three
// or more, not marked captions under one story's headline (that story has paragraphs of its own). Or the text opens
// with a marked paragraph and most of its paragraphs are marked: an item may run on for a paragraph or two with no
// mark. A greeting line above the column ("Welcome to the Bulletin,") opens no text of its own. The bullet "•" marks
// items only in such a column; elsewhere it sets a story's points. A marked paragraph closed by a call to action
// ("… Learn more.") is a sponsor's message among the items, no item.
import type { Block } from '../types';
import { MAX_INTRO, ROUNDUP_INTRO, type PageFacts } from './facts';
import { itemNumber } from './numbers';

/** A line this short above a column of marked briefs greets the reader; it is no paragraph of the column. */
const GREETING = 40;
/** A bullet before a paragraph's text. */
const BULLET = /^\s*•\s*\S/;
/** The call to action closing an advertisement set among a column's items. */
const CALL_TO_ACTION = /\b(?:Learn more|Shop now|Find out more|Get started)\s*[.!]?\s*$/i;

/** Whether the page's text is a column of marked briefs; `titleAt` tells its headline lines. */
export function isMarkedColumn(blocks: readonly Block[], facts: PageFacts, titleAt: (k: number) => boolean): boolean {
  let marked = 0;
  let paragraphs = 0;
  let firstMarked = false;
  /** Whether a paragraph with no mark follows a marked one; the text of the last paragraph before the first mark. */
  let unmarkedAfter = false;
  let intro = '';
  for (let k = 0; k < blocks.length; k++) {
    if (facts.furniture[k] || !facts.prose[k] || titleAt(k)) continue;
    const text = blocks[k]?.text ?? '';
    const mark = itemNumber(text) === 0 || BULLET.test(text);
    if (!paragraphs && !mark && text.length < GREETING) continue;
    if (!paragraphs) firstMarked = mark;
    paragraphs++;
    if (mark) marked++;
    else if (marked) unmarkedAfter = true;
    else intro = text;
  }
  if (marked < 3) return false;
  return marked === paragraphs || (firstMarked && marked * 2 > paragraphs) || underIntroduction(marked, paragraphs, unmarkedAfter, intro);
}

/**
 * Marked briefs under an introduction: a paragraph or two of prose, then marked paragraphs to the end of the text,
 * at least twice as many, where the introduction's last paragraph announces them as a round-up's standfirst does
 * ("The reports below were taken from…", "Here are…"). A story's own points stand under its lead, which tells its
 * news and announces no items ("Other incidents include:" stays the story's).
 */
const MIN_INTRODUCED = 4;
/** Items pointed to below the sentence ("The reports below were…"). */
const BELOW = /\b\w+s below (?:are|were)\b/i;
function underIntroduction(marked: number, paragraphs: number, unmarkedAfter: boolean, intro: string): boolean {
  return !unmarkedAfter && marked >= MIN_INTRODUCED && marked >= 2 * (paragraphs - marked) && intro.length < MAX_INTRO && (ROUNDUP_INTRO.test(intro) || BELOW.test(intro));
}

/** The block's item number (itemNumber), a bullet counting as a bare mark in a marked column. */
export function columnItemNumber(text: string, markedColumn: boolean): number {
  return markedColumn && BULLET.test(text) ? 0 : itemNumber(text);
}

/** Whether the paragraph opens with a bullet. */
export function isBulleted(text: string): boolean {
  return BULLET.test(text);
}

/** A marked paragraph closed by a call to action: a sponsor's message. */
export function isSponsored(text: string): boolean {
  return CALL_TO_ACTION.test(text);
}
