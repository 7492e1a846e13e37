// A listing's teasers under their titles: a list page shows only each item's opening, cut by the site with an
// ellipsis (facts.ts marks such paragraphs as closing an item where most of the page's paragraphs end so). Where the
// text under every candidate head ends on such a closed paragraph, the heads are a listing's titles, which lexical
// cohesion does not read as one story's sections: a tag page of one writer's weekly reports shares their words
// ("Week 5 Legislative Session…", "Week 4 Legislative Session…"), and one story's sections are not each cut short.
// One pass over the candidates and the blocks between them: linear in the page.
import type { Block } from '../types';
import type { Candidate } from './starts';

/** A paragraph the site cut off: one ellipsis at its end, not the doubled "……" of a writer's pause (as facts.ts). */
const CUT_END = /(?:[^…]…|[^.]\.{3})\s*$/;
/** Heads whose sections all end cut that make the page a listing. */
const MIN_SECTIONS = 3;

export function hasClosedSections(cands: readonly Candidate[], blocks: readonly Block[], facts: { prose: Int32Array; closes: Uint8Array }): boolean {
  if (cands.length < MIN_SECTIONS) return false;
  for (let c = 0; c < cands.length; c++) {
    const from = (cands[c] as Candidate).body;
    const to = Math.max(from, cands[c + 1]?.head ?? blocks.length);
    // The section's last paragraph of text must be one the site cut.
    let last = -1;
    for (let k = from; k < to; k++) if (facts.prose[k]) last = k;
    if (last < 0 || !facts.closes[last] || !CUT_END.test(blocks[last]?.text ?? '')) return false;
  }
  return true;
}
