// The headline group of an English (Latin-script) page, read the English way. Chinese papers set the 引题 (kicker)
// above the headline, so elsewhere the line nearest the text is taken as the headline; an English page sets
//  - its deck under the headline: a full sentence of many words (no stop, as decks go) under a title at least half
//    again shorter. Such a pair reads headline over deck. A kicker over an English headline ("Opinion", "Reporter's
//    notebook") is a word or two, and stays a kicker. (The deck is left the text's first paragraph: page texts'
//    gold bodies hold it.)
//  - a tag line under the headline: a few words all in lower case ("atlantic cities"), as a blog prints its post's
//    tags. No headline is set all in lower case under a capitalised one: the line above the tag is the headline,
//    and a line under the tag, over the text, opens the text (a question put to the reader).
//  - a list's lead-in: a few words trailing off in an unspaced ellipsis ("On the agenda…", "Also in this
//    issue...") right over a bulleted or numbered list, as a colon would announce it. The line runs on into the
//    list: the story's text, not a headline (markListLeadIns; a title set with a spaced ellipsis, ". . .", is
//    another thing, ellipsisTitleStem).
//  - a picture's alt text or caption under the headline: a few words in sentence case ("Two hands joined"), as a
//    page text keeps the words of the picture set under its headline. A kicker stands above an English headline,
//    not under it; and a headline names what its lead tells, where the caption names the picture: a short line
//    under a title twice its length, none of its words in the story's lead while the title's are, is the
//    picture's caption (markCaptionsUnder, English plain-text round 6): no headline, no paragraph.
//  - a picture's caption that names the picture under the headline: the word for it and whom it shows ("2012
//    photograph of Jane Doe", "Portrait of John Roe"), or whom it shows and the year it was taken ("Jane Doe 2012"),
//    as a directory's column sets its item's picture between headline and text. A headline tells what happened;
//    a noun phrase that names a picture, or a name and a year alone under a title of its own, is the picture's
//    caption (markNamingCaptions): no headline, kept as a caption is, whatever its words share with the lead.
// Tests of a line or two each (a caption's, and the lead's few blocks under it): linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { sharedWords } from './overlap';

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
/** The upper line is a headline of its own, not a kicker label. */
const MIN_TITLE_WORDS = 4;
/** A deck is a sentence, not a second short title. */
const MIN_DECK_WORDS = 14;
/** How much wordier the deck is than the headline above it. */
const DECK_RATIO = 1.5;
/** A tag line is a few words. */
const MAX_TAG_WORDS = 4;

function words(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

/** A line of Latin-script words, no stop closing it. */
function isLatinTitle(s: string): boolean {
  return !CJK.test(s) && /\p{Lu}/u.test(s) && !/[.!?]["”’]?\s*$/u.test(s);
}

/** `lower`, under `upper` in one headline group, is the deck of the headline `upper` (Latin-script pages). */
export function isLatinDeckUnder(upper: string, lower: string): boolean {
  if (!isLatinTitle(upper) || CJK.test(lower)) return false;
  const u = words(upper);
  const l = words(lower);
  return u >= MIN_TITLE_WORDS && l >= MIN_DECK_WORDS && l >= DECK_RATIO * u;
}

/** `lower`, under `upper`, is a post's tag line under its capitalised headline: a few lower-case words, nothing else. */
export function isTagLineUnder(upper: string, lower: string): boolean {
  const t = lower.trim();
  return isLatinTitle(upper) && /^\p{Ll}+(?: \p{Ll}+)*$/u.test(t) && words(t) <= MAX_TAG_WORDS;
}

/** A short line of a few capitalised words ("Local News", "Jeremy Richter"): a section label or a writer's name. */
const SHORT_CAPS = /^(?:\p{Lu}[\p{L}'’.-]*|&)(?: (?:\p{Lu}[\p{L}'’.-]*|&)){0,2}$/u;

/**
 * `lower`, the line nearest an English text, is a section label or a writer's name, not the headline, where `upper`
 * above it is an English title of MIN_TITLE_WORDS words or more: a page sets its section ("Local News") or its
 * writer ("Jeremy Richter") under the headline in a line of two or three capitalised words, and no headline of a
 * few capitalised words stands under a longer title.
 */
export function isShortCapsUnder(upper: string, lower: string): boolean {
  const t = lower.trim();
  return isLatinTitle(upper) && words(upper) >= MIN_TITLE_WORDS && /\p{Ll}/u.test(upper.replace(/^\S+/, '')) && SHORT_CAPS.test(t) && words(t) >= 2;
}

/** A caption's few words in sentence case: the first capitalised, the others in lower case, no figure, no stop. */
const SENTENCE_CASE_LINE = /^\p{Lu}\p{Ll}*(?: \p{Ll}+){1,3}$/u;
/** A word long enough to say what a line is about (overlap.ts compares these). */
const CONTENT_WORD = /\p{L}{4}/u;
/** The share of the title's words the lead must print: a headline made of the text's own words. */
const TITLE_IN_LEAD = 0.35;

/**
 * `lower`, under the English title `upper` and over the story whose opening text is `lead`, is a picture's alt text
 * or caption, not the headline: a few words in sentence case, the title at least twice as many words, the lead
 * printing none of the caption's words and a good share of the title's.
 */
export function isCaptionUnder(upper: string, lower: string, lead: string): boolean {
  const t = lower.trim();
  if (!SENTENCE_CASE_LINE.test(t) || !CONTENT_WORD.test(t) || !isLatinTitle(upper)) return false;
  const u = words(upper);
  if (u < MIN_TITLE_WORDS || u < 2 * words(t)) return false;
  return sharedWords(t, lead) === 0 && sharedWords(upper, lead) >= TITLE_IN_LEAD;
}

/** How far below a caption line the lead is read: a few blocks, the opening text of the story. */
const LEAD_BLOCKS = 6;
const LEAD_CHARS = 600;
/** A caption's line is short. */
const MAX_CAPTION = 40;

/** The opening text under block `i`: up to LEAD_BLOCKS blocks that are neither titles nor furniture, up to LEAD_CHARS. */
function leadUnder(blocks: readonly Block[], infos: readonly BlockInfo[], i: number): string {
  let out = '';
  for (let k = i + 1; k < blocks.length && k <= i + LEAD_BLOCKS && out.length < LEAD_CHARS; k++) {
    const info = infos[k] as BlockInfo;
    if (!info.title && !info.markerOnly) out += ` ${blocks[k]?.text ?? ''}`;
  }
  return out;
}

/** Captions under English titles (isCaptionUnder) are the picture's: no headline, kept as a caption is. */
export function markCaptionsUnder(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    const t = blocks[i]?.text ?? '';
    if (!info.title || !infos[i - 1]?.title || t.length > MAX_CAPTION || !SENTENCE_CASE_LINE.test(t.trim())) continue;
    if (isCaptionUnder(blocks[i - 1]?.text ?? '', t, leadUnder(blocks, infos, i))) infos[i] = { ...info, title: false, caption: true };
  }
}

/** Capitalised words of a name ("Hillary Rodham Clinton", "St. John"), one to four of them. */
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3}";
/** The word for the picture, "of" and whom it shows, a year before it if any: the whole line a noun phrase. */
const PICTURE_OF = new RegExp(`^(?:(?:19|20)\\d{2} )?(?:[Pp]hotograph|[Pp]hoto|[Pp]icture|[Pp]ortrait|[Ss]napshot) of ${NAME}$`, 'u');
/** A name of two words or more and a year, nothing else ("Jane Doe 2012"). */
const NAME_YEAR = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3} (?:19|20)\\d{2}$`, 'u');
/** The headline over a naming caption is a line, not a paragraph. */
const MAX_HEADLINE = 160;

/**
 * `lower`, under the headline line `upper`, is a picture's caption naming it: a picture-of phrase under any short line
 * (a headline quoting its subject closes on a stop inside its quotation marks), a name and a year under a Latin title
 * of MIN_TITLE_WORDS words or more.
 */
export function isNamingCaptionUnder(upper: string, lower: string): boolean {
  const t = lower.trim();
  const u = upper.trim();
  if (!u || u.length > MAX_HEADLINE || CJK.test(u) || t.length > MAX_CAPTION + 20) return false;
  if (PICTURE_OF.test(t)) return true;
  return NAME_YEAR.test(t) && isLatinTitle(u) && words(u) >= MIN_TITLE_WORDS;
}

/** Captions naming their picture under a headline line (isNamingCaptionUnder), over the story's text: no headline. */
export function markNamingCaptions(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 1; i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    const t = blocks[i]?.text ?? '';
    if (!info.title || info.caption || !isNamingCaptionUnder(blocks[i - 1]?.text ?? '', t)) continue;
    // The text goes on under it: a paragraph, no second title.
    if (infos[i + 1]?.title || (blocks[i + 1]?.text.length ?? 0) < MAX_HEADLINE / 2) continue;
    infos[i] = { ...info, title: false, caption: true };
    // The line over the picture is the item's headline, even one that quotes its subject's sentence to its stop.
    const above = infos[i - 1] as BlockInfo;
    if (!above.title && !above.byline && !above.dateline && !above.caption && !above.markerOnly) infos[i - 1] = { ...above, title: true };
  }
}

/**
 * An English title closed by a spaced ellipsis as print sets it ("When the judge got it wrong, I . . ."): the words
 * before it, else null. (A snippet cut by a site's software ends on "..." or "…", unspaced: not a title.)
 */
export function ellipsisTitleStem(text: string): string | null {
  const m = /^(\p{Lu}.*?)\s+\. \. \.$/u.exec(text.trim());
  if (!m || CJK.test(text) || /[.!?]\s/.test(m[1] as string)) return null;
  const n = words(m[1] as string);
  return n >= 2 && n <= MAX_ELLIPSIS_TITLE_WORDS ? (m[1] as string) : null;
}
/** A title trailing off in an ellipsis is a few words; a longer line so closed is a teaser or cut prose. */
const MAX_ELLIPSIS_TITLE_WORDS = 10;

/** A list's lead-in is a few words. */
const MAX_LEAD_IN_WORDS = 8;
/** A few words closed by an unspaced ellipsis, the words before it ending on a letter. */
const ELLIPSIS_LEAD_IN = /^\p{Lu}[^.!?]*\p{L}(?:…|\.\.\.)$/u;
/** A list's first line: a bullet mark or an item number ("1.", "2)") opening it. */
const LIST_LINE = /^\s*(?:[•▪●◆■□▶►·*–-]\s|\d{1,2}[.)]\s)/u;

/** `text`, over `next`, is an English lead-in trailing off into the list that `next` opens ("On the agenda…"). */
export function isListLeadIn(text: string, next: string): boolean {
  const t = text.trim();
  return !CJK.test(t) && ELLIPSIS_LEAD_IN.test(t) && words(t) <= MAX_LEAD_IN_WORDS && LIST_LINE.test(next);
}

/** Lead-ins over their lists (isListLeadIn) are the text's own lines: no title. One look at each line and the next. */
export function markListLeadIns(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (!info.title || (blocks[i]?.text.length ?? 0) > 80) continue;
    if (isListLeadIn(blocks[i]?.text ?? '', blocks[i + 1]?.text ?? '')) infos[i] = { ...info, title: false };
  }
}
