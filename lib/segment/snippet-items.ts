// A search engine's or a listing's snippets, one paragraph each and no headline between them, most cut by the site
// with an ellipsis ("… the PIAA ...") and the others whole because they were short enough ("The relocation will be
// officially announced … at Brook Park City Hall."): the ellipsis closes the cut ones (facts.ts), and the whole ones
// close too where no paragraph of the page runs longer than the longest cut one — the site cuts every snippet at
// one length, so a paragraph within it is a whole snippet, not the first of one story's paragraphs shown in full.
// A page printing any paragraph past that length, or a headline line among its paragraphs, shows more than
// snippets and is left alone. One pass over the blocks.
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
