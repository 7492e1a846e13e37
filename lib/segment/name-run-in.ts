// A headline run into its own text with no mark between them: a stored digest may print an item's headline and its
// first sentence as one paragraph ("Trailblazing journalist Lena Moor dead at 90 Dame Lena Moor, a British editor
// …, died on Monday."). Nothing but the words tells where the headline stops; what does tell is the name: the
// headline names its subject, and the text, as a news sentence does, opens by naming the same person again, in
// full, with a capital word or two before (a title, a first name). So where the opening words of an English
// paragraph, no stop, comma or colon among them, hold a run of two capitalised words or more, and a capitalised run
// further on, within the first sentence, holds that whole run again, the words before that second run are the
// item's headline and go onto a line of their own before the page is read. A sentence naming two different
// people or teams with a shared part ("New York Yankees beat New York Mets") repeats no whole run, and a
// headline part closing on a function word ("… met the") or on a verb of saying is a sentence's, not a headline.
// Only the first twenty words of each paragraph are read: linear in the page.
import type { Block } from '../types';
import { isTitleLike } from './headline';
import { hasCjk } from './sentence';
import { splitBlocksAt, type Origin } from './tail-heads';

/** Words of the opening read for the two runs. */
const MAX_OPENING = 20;
/** A headline's words before the text's run. */
const MIN_HEAD_WORDS = 3;
const MAX_HEAD_WORDS = 16;
/** A paragraph's worth of text after the headline: a sentence, not a line. */
const MIN_TEXT = 60;
const CAPITAL_WORD = /^[A-Z][a-z]+(?:[-'’][A-Za-z]+)?$/;
/** Words a headline does not close on: articles, prepositions, conjunctions, verbs of saying. */
const OPEN_END = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'as', 'than', 'that',
  'said', 'says', 'told', 'tells', 'asked', 'named', 'called', 'like', 'into', 'over', 'after', 'before', 'about',
]);

interface Word {
  text: string;
  start: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    out.push({ text: m[0], start: m.index ?? 0 });
    if (out.length > MAX_OPENING) break;
  }
  return out;
}

/** The bare word, without a closing comma or stop. */
function bare(w: string): string {
  return w.replace(/[,.;:!?)"”’]+$/, '');
}

/** The offset where the paragraph's text starts after a headline run into it, or -1. */
export function runInHeadAt(text: string): number {
  if (hasCjk(text) || text.length < MIN_TEXT + 20) return -1;
  const ws = words(text);
  // Capitalised runs of the opening, up to the first mark of a sentence or clause.
  const runs: Array<{ from: number; to: number }> = [];
  let from = -1;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.text;
    const capital = CAPITAL_WORD.test(bare(w));
    if (capital && from < 0) from = i;
    if (!capital && from >= 0) {
      runs.push({ from, to: i });
      from = -1;
    }
    if (capital && bare(w) !== w) {
      // A run closed by a comma or a stop: the run ends here.
      runs.push({ from, to: i + 1 });
      from = -1;
    }
    if (capital && from >= 0 && i === ws.length - 1) runs.push({ from, to: i + 1 });
  }
  const key = (r: { from: number; to: number }): string => ws.slice(r.from, r.to).map((w) => bare(w.text)).join(' ');
  for (let a = 0; a < runs.length; a++) {
    const first = runs[a]!;
    if (first.to - first.from < 2) continue;
    const name = key(first);
    for (let b = a + 1; b < runs.length; b++) {
      const second = runs[b]!;
      if (second.from < MIN_HEAD_WORDS || second.from > MAX_HEAD_WORDS) continue;
      if (!(' ' + key(second) + ' ').includes(' ' + name + ' ')) continue;
      // The headline's words: no stop, comma, colon or quotation among them, closing on a content word.
      const headWords = ws.slice(0, second.from).map((w) => w.text);
      if (headWords.some((w) => /[,.;:!?"“”]$/.test(w) || /^["“(]/.test(w))) return -1;
      if (OPEN_END.has(headWords[headWords.length - 1]!.toLowerCase())) return -1;
      const at = ws[second.from]!.start;
      const head = text.slice(0, at).trim();
      const rest = text.slice(at);
      if (!isTitleLike(head) || rest.length < MIN_TEXT || !/[.!?]["”’)]?(\s|$)/.test(rest)) return -1;
      return at;
    }
  }
  return -1;
}

/** The page with each headline run into its text split onto a line of its own, or null when there is none. */
export function splitNameRunIns(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const cuts = new Map<number, number>();
  blocks.forEach((b, i) => {
    if (b.headingLevel !== null) return;
    const at = runInHeadAt(b.text);
    if (at > 0) cuts.set(i, at);
  });
  return cuts.size > 0 ? splitBlocksAt(blocks, cuts) : null;
}
