// The segmentation the page's evidence supports best. Each candidate start (starts.ts) carries a score; taking
// it as a story start costs a per-article prior, and a story left with no text of its own (a headline with
// nothing under it, a label over the next report) costs a penalty. A dynamic programme over the candidates
// in page order maximises the total: with two states per candidate (the story being built has text yet, or
// not) it is linear in the page, and a start is taken only when the page as a whole is better read with it.
import type { Candidate } from './starts';

/** What one more article costs: a start must say more than this to be taken. */
export const ARTICLE_PRIOR = 2;
/** What a story with no text of its own costs. */
export const EMPTY_STORY = 6;

interface Path {
  score: number;
  /** The candidates taken, newest first. */
  taken: Link | null;
}
interface Link {
  at: number;
  prev: Link | null;
}

function better(a: Path, b: Path): Path {
  return b.score > a.score ? b : a;
}

/**
 * The candidates to take as story starts (indexes into `cands`, in page order). `prose[k]` is the story text in
 * block k; blocks before the first start are the page's lead (banners, or a story of its own) and cost nothing.
 */
export function bestStarts(cands: readonly Candidate[], prose: Int32Array, blocks: number): number[] {
  const NONE: Path = { score: -Infinity, taken: null };
  // withText: the story being built has text; bare: it has none yet. The lead counts as having text.
  let withText: Path = { score: 0, taken: null };
  let bare: Path = NONE;
  let pos = 0;
  const advance = (to: number) => {
    let text = false;
    for (let k = pos; k < to && !text; k++) text = prose[k]! > 0;
    pos = Math.max(pos, to);
    if (text) {
      withText = better(withText, bare);
      bare = NONE;
    }
  };
  for (let c = 0; c < cands.length; c++) {
    const cand = cands[c] as Candidate;
    advance(cand.head);
    const close = better(withText, { score: bare.score - EMPTY_STORY, taken: bare.taken });
    const start: Path = { score: close.score + cand.score - ARTICLE_PRIOR, taken: { at: c, prev: close.taken } };
    bare = better(bare, start);
  }
  advance(blocks);
  const end = better(withText, { score: bare.score - EMPTY_STORY, taken: bare.taken });
  const out: number[] = [];
  for (let l = end.taken; l; l = l.prev) out.push(l.at);
  return out.reverse();
}
