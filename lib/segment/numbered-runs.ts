// Numbered items that follow one another ("2. …" then "3. …"): the numbering says item 3 comes right after item 2,
// so a start the page offers between them (a picture's alt line over its caption, read as a headline over a
// paragraph) opens no story of its own: it is item 2's picture or aside. One pass over the candidates in page
// order for the last item's number, one back for the next: linear in the page.
import type { Block } from '../types';
import { itemNumber } from './numbers';

interface Cand {
  head: number;
  body: number;
  kind: string;
}

/** The candidates, less those standing between two numbered items whose numbers follow one another. */
export function withinNumberedRuns<C extends Cand>(cands: C[], blocks: readonly Block[]): C[] {
  const num = (c: C) => (c.kind === 'item' ? itemNumber(blocks[c.body]?.text ?? '') : -1);
  const before = new Array<number>(cands.length);
  let last = -1;
  for (let k = 0; k < cands.length; k++) {
    before[k] = last;
    const n = num(cands[k] as C);
    if (n > 0) last = n;
    else if (n < 0 && cands[k]?.kind === 'item') last = -1;
  }
  const drop = new Set<number>();
  let next = -1;
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k] as C;
    const n = num(c);
    if (c.kind !== 'item' && before[k]! > 0 && next === before[k]! + 1) drop.add(k);
    if (n > 0) next = n;
  }
  return drop.size ? cands.filter((_, k) => !drop.has(k)) : cands;
}
