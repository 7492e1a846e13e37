// Run-in heads: an item's head in capitals run into its text ("RED CROSS BOOTH The Kings…", "KOREA North Korea
// is…", "SHEARED OPEN: A house…"), or in title case closed by a point and a dash ("Mail Delivery by Helicopter.—A
// twice…"), read on the block's start only. In a column of bulleted briefs, a head in sentence case set off by a
// spaced dash ("• Police solve case of the missing bacon – A Grand Rapids resident…"): an aside between dashes
// runs on in lower case, a head is followed by its text's first sentence.
import type { Block } from '../types';
import type { PageFacts } from './facts';
import { colonHeads as titleColonHeads } from './colon-heads';
import { bulletColonHeads } from './bullet-colon-heads';
import { bracketHeads } from './bracket-heads';

/** Two or more words in capitals, then a capitalised word that starts the text ("RED CROSS BOOTH The Kings…"). */
const RUN_IN = /^([A-Z][A-Z'’&.-]+(?:\s+[A-Z][A-Z'’&.-]*){1,7})\s+(?=[A-Z][a-z]|A\s+[a-z])/;
/**
 * The same set off by a colon or dash (typed "--" too), as photo pages label captions ("SHEARED OPEN: A house…"). A
 * closing double quotation mark between two capitals is an apostrophe typed with the wrong key ("ROMNEY”S FLUB:"):
 * part of the word, as "’" is; a quotation mark opening or closing a word still ends the head.
 */
const RUN_IN_MARKED = /^((?:[•·▪*]\s*)?[A-Z$](?:[A-Z0-9'’&.,$-]|”(?=[A-Z]))+(?:\s+[A-Z0-9$](?:[A-Z0-9'’&.,$-]|”(?=[A-Z]))*){1,9})\s*(?:[:：—–]|--)\s*(?=[A-Z0-9“"])/;
/**
 * One word in capitals heading a brief ("PILFERERS Britain seems…", "AUSTRALIA-VANUATU Australia's…"): read on items
 * closed by a credit, or where the page opens three paragraphs or more so (a world-briefs column of places). A word
 * in capitals that is the sentence's subject ("KENYA's forces…", "PAKISTAN yesterday…") runs on in lower case. A
 * head of three letters ("USA Facebook founder…") counts too, and one the page set with no space before the text
 * ("THAILANDFour men…": the last capital starts the text's first word), when four capitals or more. A head of two
 * places may abbreviate one with a point ("CHINA-N.-KOREA Wu Dawei…").
 */
const RUN_IN_WORD = /^([A-Z][A-Z'’&-]{2,}(?:\.-?[A-Z][A-Z'’&-]*)*)(?:\s+(?=[A-Z][a-z]|A\s)|(?<=[A-Z]{4})(?=[A-Z][a-z]{2}))/;
/** Paragraphs opened by a one-word run-in head that make it the page's pattern. */
const RUN_IN_WORD_PAGE = 3;
/**
 * A head in title case closed by a point and a dash and run into the text, as older papers' cable columns set their
 * briefs ("Mail Delivery by Helicopter.—A twice daily…", "Men Burned by Poison Gas.— Poison gas…"): a few words, most
 * of them capitalised. Read where the page opens three paragraphs or more so: one such opening is as often a
 * sentence's own dash.
 */
const RUN_IN_TITLED = /^([A-Z][\p{L}'’&-]*\.?(?:\s+[\p{L}\d'’&$£.-]+){0,7}?)\s*\.\s*[—–]\s*(?=["“‘']?\s*[A-Z])/u;

/** The same where the page's pattern stands: the text may open with an OCR slip ("lt is announced…" for "It"). */
const RUN_IN_TITLED_LOOSE = /^([A-Z][\p{L}'’&-]*\.?(?:\s+[\p{L}\d'’&$£.-]+){0,7}?)\s*\.\s*[—–]\s*(?=["“‘']?\s*\p{L})/u;

function runInTitled(text: string, loose = false): number {
  const m = (loose ? RUN_IN_TITLED_LOOSE : RUN_IN_TITLED).exec(text);
  if (!m?.[1] || text.length - m[0].length <= 40) return 0;
  const words = m[1].split(/\s+/);
  return words.filter((w) => /^[A-Z0-9$£]/.test(w)).length * 2 >= words.length + 1 ? m[0].length : 0;
}

/**
 * The same set off by a colon ("CUBA: Professor…", "HAITI: Twenty-three people…"), read where no head repeats: a
 * transcript's speakers ("SMITH: Well, …") come back again and again, a column's places once each.
 */
const RUN_IN_WORD_MARKED = /^([A-Z][A-Z'’&-]{2,})\s*[:：]\s*(?=[A-Z0-9“"])/;

function runInWord(text: string, marked = false): number {
  const m = RUN_IN_WORD.exec(text) ?? (marked ? RUN_IN_WORD_MARKED.exec(text) : null);
  return m && text.length - m[0].length > 40 ? m[0].length : 0;
}

/** A bullet, then a head of three to ten words with no stop or comma, a spaced dash and a capitalised word. */
const DASH_HEAD = /^(?:[•·▪]\s*)?([A-Z][^\s.,;:!?—–]*(?:\s+[^\s.,;:!?—–]+){2,9})\s+[—–]\s+(?=[A-Z“"])/;

/** Length of a sentence-case head set off by a spaced dash at the start of a bulleted brief, 0 for none. */
export function dashHead(text: string): number {
  const m = DASH_HEAD.exec(text);
  return m && /\p{Ll}/u.test(m[1] ?? '') && text.length - m[0].length > 40 ? m[0].length : 0;
}

/** Every block's run-in head length (0: none), one-word heads read where the page closes the item or repeats them. */
export function runInHeads(blocks: readonly Block[], facts: PageFacts): number[] {
  const colonHeads = blocks.filter((b, i) => facts.prose[i] !== 0).map((b) => RUN_IN_WORD_MARKED.exec(b.text)?.[1]).filter((h) => h !== undefined);
  const marked = new Set(colonHeads).size === colonHeads.length;
  // (A column whose paragraphs open with heads of two words or more shows the pattern for a one-word head too:
  // "REUNION The classes of 1922…" among "CLASS REUNION The Bethware…".)
  // (Each block's plain head in capitals and one-word head, read once for the counts and the answer.)
  const plain = blocks.map((b) => runInLength(b.text));
  const word = blocks.map((b) => runInWord(b.text, marked));
  const opened = blocks.filter((_, i) => facts.prose[i] !== 0 && (word[i]! > 0 || plain[i]! > 0)).length;
  const wordHeads = opened >= RUN_IN_WORD_PAGE && blocks.some((_, i) => facts.prose[i] !== 0 && word[i]! > 0);
  const titledHeads = blocks.filter((b, i) => facts.prose[i] !== 0 && runInTitled(b.text) > 0).length >= RUN_IN_WORD_PAGE;
  // (Title-case heads set off by a colon, two or more on the page: colon-heads.ts.)
  const colon = titleColonHeads(blocks, facts.prose);
  // (Bulleted Han titles set off by a colon, two or more on the page: bullet-colon-heads.ts.)
  const bulleted = bulletColonHeads(blocks, facts.prose);
  // (Headlines in lenticular brackets run into the text, two or more on the page: bracket-heads.ts.)
  const bracketed = bracketHeads(blocks, facts.prose);
  // (A head in capitals whose phrases a comma joins, "PROTECTING STUDENTS, NETWORKS. Every fall…", where two other
  // paragraphs or more open with a plain head in capitals: the page's pattern.)
  const commaHeads = blocks.filter((_, i) => facts.prose[i] !== 0 && plain[i]! > 0).length >= RUN_IN_COMMA_PAGE;
  return blocks.map((b, i) => plain[i]! || (commaHeads && facts.prose[i] !== 0 ? runInCommaLength(b.text) : 0) || (facts.closes[i] || wordHeads ? word[i]! : 0) || (titledHeads ? runInTitled(b.text, true) : 0) || (colon[i] ?? 0) || (bulleted[i] ?? 0) || (bracketed[i] ?? 0));
}

/** Paragraphs opened by a plain run-in head in capitals that let a head with a comma in it count. */
const RUN_IN_COMMA_PAGE = 2;
/** Phrases in capitals joined by commas, the last one closed by a point, then the text's capitalised first word. */
const RUN_IN_COMMA = /^([A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]*)*(?:,\s+[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]*)*)+\.)\s+(?=[A-Z][a-z]|A\s+[a-z])/;

/**
 * Length of a run-in head in capitals whose phrases a comma joins, closed by a point, 0 for none: two words of
 * three capitals or more on each side of the last comma, so that a dateline's place and state ("WASHINGTON, D.C.",
 * "ALBANY, N.Y.") is none; at most eight words.
 */
export function runInCommaLength(text: string): number {
  const m = RUN_IN_COMMA.exec(text);
  if (!m?.[1] || text.length - m[0].length <= 20) return 0;
  const words = m[1].split(/\s+/);
  if (words.length > 8) return 0;
  const last = m[1].slice(m[1].lastIndexOf(',') + 1);
  const long = (s: string) => s.split(/\s+/).some((w) => w.replace(/[^A-Z]/g, '').length >= 3);
  return long(m[1].slice(0, m[1].lastIndexOf(','))) && long(last) ? m[0].length : 0;
}

/** Length of a run-in head in capitals at the start of the text, 0 for none. */
export function runInLength(text: string): number {
  const m = RUN_IN_MARKED.exec(text) ?? RUN_IN.exec(text);
  if (!m || !m[1]) return 0;
  let words = m[1].split(/\s+/);
  // The text's first words may be a name's initials ("WARLICK BETTER A. P. Warlick, who…"): no part of the head.
  let initials = 0;
  while (words.length > 2 && /^[A-Z]\.$/.test(words[words.length - 1] ?? '')) {
    words = words.slice(0, -1);
    initials++;
  }
  if (initials) {
    const head = words.join(' ');
    return text.startsWith(head) && text.length - head.length > 20 && words.filter((w) => w.replace(/[^A-Z]/g, '').length >= 2).length >= 2 ? head.length + 1 : 0;
  }
  // At least two words of two letters or more, and the head is a head, not the whole text.
  if (words.filter((w) => w.replace(/[^A-Z]/g, '').length >= 2).length < 2) return 0;
  return text.length - m[1].length > 20 ? m[0].length : 0;
}
