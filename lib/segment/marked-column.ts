// A column of marked briefs: every paragraph of the page's text opens with the same bare mark ("■ …", "• …"), three
// or more, not marked captions under one story's headline (that story has paragraphs of its own). Or the text opens
// with a marked paragraph and most of its paragraphs are marked: an item may run on for a paragraph or two with no
// mark. A greeting line above the column ("Welcome to the Bulletin,") opens no text of its own. The bullet "•" marks
// items only in such a column; elsewhere it sets a story's points. A marked paragraph closed by a call to action
// ("… Learn more.") is a sponsor's message among the items, no item.
import type { Block } from '../types';
import { MAX_INTRO, ROUNDUP_INTRO, type PageFacts } from './facts';
import { itemNumber } from './numbers';
import { cjkCount } from './sentence';

/** A line this short above a column of marked briefs greets the reader; it is no paragraph of the column. */
const GREETING = 40;
/**
 * A bullet before a paragraph's text; or a double hyphen run into it ("--Valley Free Radio is having…"), the bullet a
 * typewriter or a plain-text blog sets (a single hyphen or a long dash opens a quotation or a deck, never an item).
 */
const BULLET = /^\s*(?:•\s*|--(?=[^\s-]))\S/;
/** The double hyphen alone: a plain-text blog's column mark; "•" under a short lead sets a story's points. */
const HYPHENED = /^\s*--(?=[^\s-])\S/;
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
  /** The longest unmarked paragraph above the first mark, and whether one of them ends on a colon. */
  let longestHeader = 0;
  let colonHeader = false;
  /** Runs of marked paragraphs, and those each right under a one-sentence headline: a headed story's points. */
  let runs = 0;
  /** Marked paragraphs opened by the double hyphen. */
  let hyphened = 0;
  let headedRuns = 0;
  let under: 'title' | 'marked' | 'other' = 'other';
  for (let k = 0; k < blocks.length; k++) {
    if (facts.furniture[k]) continue;
    if (!facts.prose[k] || titleAt(k)) {
      // (A headline told as one sentence closed by its stop, as a newsletter heads its items; not a section's label.)
      if (titleAt(k)) under = /[.!?。！？]["”’)]?\s*$/.test(blocks[k]?.text ?? '') ? 'title' : 'other';
      continue;
    }
    const text = blocks[k]?.text ?? '';
    const mark = itemNumber(text) === 0 || BULLET.test(text);
    if (mark && under !== 'marked') {
      runs++;
      if (under === 'title') headedRuns++;
    }
    under = mark ? 'marked' : 'other';
    if (!paragraphs && !mark && text.length < GREETING) continue;
    if (!paragraphs) firstMarked = mark;
    paragraphs++;
    if (mark && HYPHENED.test(text)) hyphened++;
    if (mark) marked++;
    else if (marked) unmarkedAfter = true;
    else {
      intro = text;
      // (A Han character says as much as two or three Latin letters: a line of 80 of them tells a whole news item.)
      longestHeader = Math.max(longestHeader, text.trim().length + 2 * cjkCount(text));
      colonHeader ||= /[:：]\s*$/.test(text);
    }
  }
  if (marked < 3) return false;
  // (Every run of marked paragraphs right under its own one-sentence headline, two or more: headed items, each with
  // its points.)
  if (runs >= 2 && headedRuns === runs) return false;
  return (
    marked === paragraphs ||
    (firstMarked && marked * 2 > paragraphs) ||
    underIntroduction(marked, paragraphs, unmarkedAfter, intro) ||
    (hyphened === marked && underHeader(marked, paragraphs, unmarkedAfter, longestHeader, colonHeader))
  );
}

/**
 * Marked briefs under a post's header: a motto, a title and a one-line note ("Missed last week's segment… back with a
 * new round."), three short lines at most, none ending on a colon, then marked paragraphs to the end of the text, four
 * or more. A story's points stand under its lead, a paragraph that tells the news at length, or under a line that
 * announces them with a colon ("Other incidents include:"); a header this short tells no news of its own.
 */
const MAX_HEADER_LINES = 3;
const SHORT_HEADER = 160;
function underHeader(marked: number, paragraphs: number, unmarkedAfter: boolean, longest: number, colon: boolean): boolean {
  const header = paragraphs - marked;
  return !unmarkedAfter && !colon && marked >= MIN_INTRODUCED && header <= MAX_HEADER_LINES && longest < SHORT_HEADER;
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

/**
 * The column's short marked lines read as headline lines ("--Kelsey Flynn has the scoop on 'Slipperyfish'"), a brief
 * of one line with no stop: where the page is a marked column and the paragraphs on either side of the line (past
 * furniture) are marked briefs, the line is a brief between briefs, never a headline over the brief below it. A
 * marked line among other short lines (a profile box's "• 博客等级:") is none. Looks at each line's neighbours once.
 */
export function columnLines(blocks: readonly Block[], facts: PageFacts, titleAt: (k: number) => boolean, markedColumn: boolean): Uint8Array {
  const out = new Uint8Array(blocks.length);
  if (!markedColumn) return out;
  const brief = (k: number) => k >= 0 && k < blocks.length && !!facts.prose[k] && !titleAt(k) && BULLET.test(blocks[k]?.text ?? '');
  let prev = -1;
  for (let k = 0; k < blocks.length; k++) {
    if (facts.furniture[k]) continue;
    if (titleAt(k) && BULLET.test(blocks[k]?.text ?? '') && brief(prev)) {
      let next = k + 1;
      while (next < blocks.length && facts.furniture[next]) next++;
      if (brief(next)) out[k] = 1;
    }
    prev = k;
  }
  return out;
}

/** Whether the paragraph opens with a bullet. */
export function isBulleted(text: string): boolean {
  return BULLET.test(text);
}

/** A marked paragraph closed by a call to action: a sponsor's message. */
export function isSponsored(text: string): boolean {
  return CALL_TO_ACTION.test(text);
}
