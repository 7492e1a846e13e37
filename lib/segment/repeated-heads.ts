// A listing's label heads printed again: a page of items filed under places or districts ("Faulkner County,
// Arkansas") prints the same label line over two different items' text. One story's subheads each name a part of
// it once; a plain place line of three words or more printed twice over different text is a label the listing files
// its items under, so the page's heads are no one story's sections, whatever words the items share (the same
// county, board and council words run through a page of meeting summaries). Read in one pass over the candidates.
import type { Block } from '../types';
import type { Candidate } from './starts';

/** A label printed twice says so only where it has this many words (a review's "Pros" / "Cons" repeat per item). */
const MIN_WORDS = 3;
/**
 * And only where it names a place as listings file items, capitalised names parted by commas ("Faulkner County,
 * Arkansas", "Town of Lakeville, Plymouth County, Massachusetts"): one story's repeated lines are its own furniture,
 * a table's header row, a meal plan's "Pre-Workout Meal", a round-up's "[ Engadget ]" source labels.
 */
const PLACE_LABEL = /^\p{Lu}[^,;:!?.\[\]]*(?:\s*,\s*\p{Lu}[^,;:!?.\[\]]*)+$/u;

function headText(c: Candidate, blocks: readonly Block[]): string {
  let t = '';
  for (let k = c.head; k < c.body; k++) t += `${blocks[k]?.text ?? ''}\n`;
  return t.trim().replace(/\s+/g, ' ');
}

/** Two plain heads of the page print the same label line of MIN_WORDS words or more. */
export function hasRepeatedLabelHeads(cands: readonly Candidate[], blocks: readonly Block[]): boolean {
  const seen = new Set<string>();
  for (const c of cands) {
    if (c.kind !== 'head-plain' || c.body - c.head !== 1) continue;
    const t = headText(c, blocks);
    if (t.split(' ').length < MIN_WORDS || !PLACE_LABEL.test(t)) continue;
    if (seen.has(t)) return true;
    seen.add(t);
  }
  return false;
}
