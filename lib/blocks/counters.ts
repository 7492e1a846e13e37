// A widget's count printed as a block of its own: the views, comments or likes beside a by-line ("5,228" in a
// list item whose span the page titles "views"). What the number counts the page says only in a tooltip (a title or
// an aria-label on an element around it), never in words a reader sees; a story's own number always comes with its
// words, so a bare number labelled only for the mouse or the screen reader is a control's count, not text.
// Read per block from its own text runs and at most a few elements up from each: linear in the page.
import type { NodeRun } from './dom';

/** A count and nothing else: "5,228", "12", "1.2K", "3 450", "99+". */
const BARE_COUNT = /^\d[\d,.\s\u00a0]*[kKmM]?\+?$/;
const MAX_COUNT = 16;
/** A tooltip that names something: it holds a letter. */
const NAMED = /\p{L}/u;
/** How far up from a run's text an element's label may sit (the span, its list item, the list). */
const MAX_UP = 3;

function labelled(el: Element): boolean {
  for (const attr of ['title', 'aria-label']) {
    const v = el.getAttribute(attr);
    if (v && NAMED.test(v)) return true;
  }
  return false;
}

/** Whether a block is a bare count whose meaning the page gives only in a tooltip around it. */
export function isTooltipCount(text: string, runs: NodeRun[]): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_COUNT || !BARE_COUNT.test(t) || runs.length === 0) return false;
  return runs.every((r) => {
    let el: Element | null = r.node.parentElement;
    for (let up = 0; el && up < MAX_UP; up++, el = el.parentElement) if (labelled(el)) return true;
    return false;
  });
}
