// Headlines closed by a run of stars: some content pages set each item's headline as a line ending in "******", and
// where the page runs the item on, the text follows the stars on the same line ("标题****** 正文…"). The stars are
// layout, no word of the headline: taken off, and the text after them set on a line of its own, before the page is
// read (the source maps point at the blocks as given, tail-heads.ts). One pass over the blocks.
import type { Block } from '../types';
import type { Origin } from './tail-heads';

/** A headline line's text, then a run of three stars or more, then the rest of the line (maybe nothing). */
const STAR_HEAD = /^([^*\n]{4,80}?)\s*\*{3,}\s*/u;
/** A Latin letter, the stars, a lower-case letter: a word masked by stars. */
const MASKED = /^[A-Za-z]\*{3,}[a-z]$/;
/** A headline ends on no sentence stop. */
const STOPPED = /[。！？!?;；]$/u;
/** Lines so closed a page shows before they are read as its headlines (one could be a rule in a story's text). */
const MIN_HEADS = 2;
/** A lone star-closed line among the page's first this many lines is its headline. */
const OPENING = 4;

function starCut(text: string): { head: number; rest: number } | null {
  const m = text.includes('***') ? STAR_HEAD.exec(text) : null;
  if (!m) return null;
  const head = (m[1] ?? '').trimEnd();
  if (!head.trim() || STOPPED.test(head)) return null;
  // Stars between letters with no space are a word masked in the text ("f***ing", "d**n"), no headline's rule.
  if (MASKED.test(text.slice(head.length - 1, m[0].length + 1))) return null;
  return { head: head.length, rest: m[0].length };
}

/** The page with its star-closed headlines freed of the stars and set apart from text run on after them, or null. */
export function splitStarHeads(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const cuts = new Map<number, { head: number; rest: number }>();
  blocks.forEach((b, i) => {
    const c = starCut(b.text);
    if (c) cuts.set(i, c);
  });
  // One star-closed line with text run on after the stars is the page's own headline where it opens the page (among
  // its first lines): a rule of stars inside a story's text stands below its opening.
  const [first, cut] = [...cuts.entries()][0] ?? [-1, null];
  const opening = cuts.size === 1 && first < OPENING && cut !== null && cut.rest < (blocks[first]?.text.trimEnd().length ?? 0);
  if (cuts.size < MIN_HEADS && !opening) return null;
  const out: Block[] = [];
  const origin: Origin[] = [];
  blocks.forEach((b, i) => {
    const c = cuts.get(i);
    if (!c) {
      out.push(b);
      origin.push({ block: i, offset: 0 });
      return;
    }
    out.push({ ...b, text: b.text.slice(0, c.head) });
    origin.push({ block: i, offset: 0 });
    if (c.rest < b.text.length && b.text.slice(c.rest).trim()) {
      out.push({ ...b, headingLevel: null, emphasis: false, text: b.text.slice(c.rest) });
      origin.push({ block: i, offset: c.rest });
    }
  });
  return { blocks: out, origin };
}
