// Run-in headlines in title case set off by a colon, as local papers' sports and business briefs print them
// ("Wells captures Lake-Porter Amateur: Ryan Wells won…", "Burgettstown 69, Sto-Rox 16: Burgettstown had…"): a
// few words, most capitalised or figures, closed by a colon over a sentence of the item's own. Read where two
// paragraphs or more of the page open so, each head once: a transcript's speakers come back, an interview's "Q:"
// is one word, and a sentence introducing a quotation or a list ("The company said:", "Among the winners:") opens
// with a word no headline opens with or is mostly lower case. A numbered list's items may carry such a head after
// their number ("1. Berlin Floods: Heavy rainfall…"); there a head of two words counts too, where the page numbers
// three heads or more so (a numbered list of points is one sentence each, with no title-case head before a colon),
// and a head of one word (a place, "1. Italy: Italy has entered…") where it numbers five heads or more so.
import type { Block } from '../types';

const COLON_HEAD = /^([A-Z][\p{L}\p{N}'’&.,$%-]*(?:\s+[\p{L}\p{N}'’&.,$%-]+){2,9})\s*:\s+(?=["“‘]?[A-Z])/u;
/** The same after an item number, a head of one word or more. */
const NUMBERED_COLON_HEAD = /^(\d{1,2}[.)]\s+)([A-Z][\p{L}\p{N}'’&.,$%-]*(?:\s+[\p{L}\p{N}'’&.,$%-]+){0,9})\s*:\s+(?=["“‘]?[A-Z])/u;
/** Numbered heads the page prints before a two-word one counts. */
const MIN_NUMBERED = 3;
/** Numbered heads the page prints before a one-word one counts. */
const MIN_NUMBERED_ONE_WORD = 5;
/** Words a sentence opens with that no headline does: determiners, pronouns, conjunctions, adverbs of discourse. */
const SENTENCE_OPENERS = new Set(
  'The A An This That These Those Here There What Why How When Where Who Our My His Her Their Its Your One In On At For But And So Or He She They We I It You As If Among Also Other Some Many More Most All Both Each Then Now Still Yet Note Update Editor Editors Related'.split(' '),
);
/** A head speaking or announcing a quotation ("Smith told reporters:", "Officials said Monday:"). */
const SAYING = /\b(?:said|says|say|told|tells|wrote|writes|added|asked|stated|explained|noted|include[sd]?|including|following|follows|below|are|is|was|were)\b/i;
/** The item's text after the head: a sentence's worth. */
const MIN_TEXT = 40;
/** Paragraphs the page opens so before their heads are read as headlines. */
const MIN_HEADS = 2;

/** Length of a title-case head and its colon at the start of the text, 0 for none. */
export function colonHeadLength(text: string): number {
  const m = COLON_HEAD.exec(text);
  return m?.[1] ? headLength(text, m[0], m[1]) : 0;
}

/** Length of a numbered item's title-case head, its number and its colon, 0 for none. */
export function numberedColonHeadLength(text: string): number {
  const m = NUMBERED_COLON_HEAD.exec(text);
  return m?.[2] ? headLength(text, m[0], m[2]) : 0;
}

function headLength(text: string, whole: string, head: string): number {
  if (text.length - whole.length < MIN_TEXT) return 0;
  const words = head.split(/\s+/);
  if (SENTENCE_OPENERS.has(words[0]!.replace(/[^\p{L}]/gu, '')) || SAYING.test(head) || /[.!?]\s/.test(head)) return 0;
  const capital = words.filter((w) => /^["“‘]?[\p{Lu}\p{N}$]/u.test(w)).length;
  return capital * 2 >= words.length ? whole.length : 0;
}

/** Every block's title-case colon head length where the page prints two or more distinct ones, else zeros. */
export function colonHeads(blocks: readonly Block[], prose: ArrayLike<number>): number[] {
  const read = (b: Block, i: number) => prose[i] && b.headingLevel === null && b.tag !== 'li';
  const any = blocks.map((b, i) => (read(b, i) ? numberedColonHeadLength(b.text) : 0));
  const oneWord = any.filter((n) => n > 0).length >= MIN_NUMBERED_ONE_WORD;
  const numbered = any.map((n, i) => (n && (oneWord || /\s/.test((blocks[i] as Block).text.slice(0, n).replace(/^\d{1,2}[.)]\s+/, '').trim())) ? n : 0));
  const numberedPage = numbered.filter((n) => n > 0).length >= MIN_NUMBERED;
  const lengths = blocks.map((b, i) => (read(b, i) ? colonHeadLength(b.text) || (numberedPage ? numbered[i]! : 0) : 0));
  const heads = lengths.map((n, i) => (n ? (blocks[i] as Block).text.slice(0, n).replace(/\s*:\s*$/, '').replace(/^\d{1,2}[.)]\s+/, '').toLowerCase() : '')).filter(Boolean);
  if (heads.length < MIN_HEADS || new Set(heads).size !== heads.length) return blocks.map(() => 0);
  return lengths;
}
