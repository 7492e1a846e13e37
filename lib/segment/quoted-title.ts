// A headline closed by a stop: the page's first line one sentence inside quotation marks, its stop inside them
// ("“This was an act of terror.”"), or clipped sentences of a word or three each ("You asked. Mayors answered."),
// over the story's prose. News sets a speaker's words or a telegraphic phrase as the headline so; the stop makes the
// line read as prose (headline.ts), and the page came back headless (issue 12). Only the page's first line, of a few
// words, with prose within the lines under it: a pull quote inside the text stays text. One look at the page's
// opening lines.
// Or two or three short sentences, the last left open as a headline's line is ("His country trained him to fight.
// Then he turned against it. More like him are doing the same"), over a byline or a date line among the next lines:
// the layout of a headline, whatever its stops (issue 12, English plain-text round 2).
import type { Block } from '../types';
import { isMetaLine, type BlockInfo } from './classify';


/** One sentence in quotation marks, closed by its stop inside them, and no other stop. */
const QUOTED_SENTENCE = /^[“"‘'][^“”"!?.]+[.!?][”"’']$/u;
const MAX_WORDS = 15;
/** Two or three clipped sentences, each of a word or three opening on a capital: "You asked. Mayors answered." */
const CLIPPED = /^(?:\p{Lu}[\p{L}’'-]*(?: [\p{L}’'-]+){0,2}[.!?] ){1,2}\p{Lu}[\p{L}’'-]*(?: [\p{L}’'-]+){0,2}[.!?]$/u;
/** Prose under it: a paragraph at least this long among the next lines. */
const MIN_PROSE = 100;
const LOOK = 3;
/** Short sentences, the last with no stop: two or three, each of a few words. */
const OPEN_SENTENCES = /^(?:\p{Lu}[^.!?]*[.!?] ){1,2}\p{Lu}[^.!?]*[^.!?\s]$/u;
const MAX_SENTENCE_WORDS = 8;
const MAX_OPEN_WORDS = 20;

/** Two or three short sentences, the last left open, over a byline or a date line: a headline of sentences. */
function isOpenSentencesTitle(text: string, blocks: readonly Block[], infos: BlockInfo[], first: number): boolean {
  if (!OPEN_SENTENCES.test(text) || text.split(/\s+/).length > MAX_OPEN_WORDS) return false;
  if (text.split(/[.!?] /).some((s) => s.split(/\s+/).length > MAX_SENTENCE_WORDS)) return false;
  for (let k = first + 1; k <= first + LOOK && k < blocks.length; k++) {
    if (infos[k]?.byline || isMetaLine(blocks[k]?.text ?? '')) return true;
    if ((blocks[k]?.text ?? '').length >= MIN_PROSE) return false;
  }
  return false;
}

export function markQuotedTitle(blocks: readonly Block[], infos: BlockInfo[]): void {
  const first = blocks.findIndex((b) => b.text.trim() !== '');
  if (first < 0) return;
  const info = infos[first] as BlockInfo;
  const text = (blocks[first]?.text ?? '').trim();
  if (info.title || info.markerOnly || info.byline) return;
  if (isOpenSentencesTitle(text, blocks, infos, first)) {
    infos[first] = { ...info, title: true };
    return;
  }
  if (!(QUOTED_SENTENCE.test(text) || CLIPPED.test(text)) || text.split(/\s+/).length > MAX_WORDS) return;
  for (let k = first + 1; k <= first + LOOK && k < blocks.length; k++) {
    if ((blocks[k]?.text ?? '').length >= MIN_PROSE) {
      infos[first] = { ...info, title: true };
      return;
    }
  }
}
