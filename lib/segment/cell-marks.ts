// Table cells flattened into lines: a blog's or mail archive's copy of an e-mailed newsletter sets every line in a
// cell of its own, and the stored text closes each with the cell's rule (" |", "| … |"). The rule is layout, not
// text: where most of the page's lines carry it, it is taken off before the page is read, so that a headline line
// ("• A deeply divided Britain. |") and a paragraph ("…later today. |") read as what they are; the source maps
// are carried back to the blocks as given (tail-heads.ts).
import type { Block } from '../types';
import { lastNonSpace } from './tail';
import type { Origin } from './tail-heads';

/** A cell rule closing a line, and one opening it. */
const CLOSING = /\s*\|\s*$/;
const OPENING = /^\s*\|\s*/;
/** Lines that must carry the rule, and the share of the page's lines. */
const MIN_LINES = 4;
const MIN_SHARE = 0.6;

/** The page with its cell rules taken off the lines' ends, or null when the page does not set them. */
export function stripCellRules(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  // (CLOSING matches only where the last character that is no space is the bar: read from the end, the test and
  // the replace run on those lines alone rather than from every position of every line.)
  const ruled = blocks.filter((b) => lastNonSpace(b.text) === '|' && b.text.replace(CLOSING, '').trim().length > 0).length;
  if (ruled < MIN_LINES || ruled < blocks.length * MIN_SHARE) return null;
  const origin: Origin[] = [];
  const out = blocks.map((b, i) => {
    const lead = OPENING.exec(b.text)?.[0].length ?? 0;
    const text = b.text.slice(lead).replace(CLOSING, '');
    if (!text.trim()) {
      origin.push({ block: i, offset: 0 });
      return b;
    }
    origin.push({ block: i, offset: lead });
    return { ...b, text };
  });
  return { blocks: out, origin };
}
