// A search engine's or a listing's snippets, one paragraph each and no headline between them, most cut by the site
// with an ellipsis ("… the PIAA ...") and the others whole because they were short enough ("The relocation will be
// officially announced … at Brook Park City Hall."): the ellipsis closes the cut ones (facts.ts), and the whole ones
// close too where no paragraph of the page runs longer than the longest cut one — the site cuts every snippet at
// one length, so a paragraph within it is a whole snippet, not the first of one story's paragraphs shown in full.
// A page printing any paragraph past that length, or a headline line among its paragraphs, shows more than
// snippets and is left alone. Two cut paragraphs, where three are asked, say a listing when both are long teasers of a
// like length and no paragraph runs longer (longCutPair). One pass over the blocks.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** The paragraphs of a page of snippets that close their item besides the cut ones; empty when it is no such page. */
export function snippetItems(blocks: readonly Block[], infos: readonly BlockInfo[], prose: Int32Array, cut: readonly number[]): number[] {
  let longestCut = 0;
  for (const i of cut) longestCut = Math.max(longestCut, prose[i] ?? 0);
  const whole: number[] = [];
  const isCut = new Uint8Array(blocks.length);
  for (const i of cut) isCut[i] = 1;
  let seen = false;
  for (let i = 0; i < blocks.length; i++) {
    if (prose[i]) {
      if (prose[i]! > longestCut) return [];
      seen = true;
      if (!isCut[i]) whole.push(i);
    } else if (seen && infos[i]?.title) return [];
  }
  return whole;
}

/** A teaser a site cuts at a set length: long, a paragraph of its own and more. */
const LONG_CUT = 400;
/** Cut teasers of a like length: the shorter at least this share of the longer (the site cuts at one length). */
const LIKE_LENGTH = 0.8;

/**
 * Two paragraphs cut with an ellipsis say the page is a listing of teasers, where three are asked of short ones, when
 * both are long and of a like length (the site cut each at its set length, on a word) and no paragraph of the page
 * runs longer than they: a story's own two trailing "…" stand in paragraphs of any length, among longer ones.
 */
export function longCutPair(prose: Int32Array, cut: readonly number[]): boolean {
  if (cut.length !== 2) return false;
  const a = prose[cut[0]!] ?? 0;
  const b = prose[cut[1]!] ?? 0;
  const longest = Math.max(a, b);
  if (Math.min(a, b) < LONG_CUT || Math.min(a, b) < longest * LIKE_LENGTH) return false;
  for (let i = 0; i < prose.length; i++) if ((prose[i] ?? 0) > longest) return false;
  return true;
}
