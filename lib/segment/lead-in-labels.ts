// A label that opens a sentence the next block finishes ("我們想讓你知道的是" over a summary, "重點如下"): a clause cut at
// its copula or at a word that points forward, with no stop of its own. A headline says something whole; a line ending
// on "…的是" or "…如下" says nothing until the text below it. Furniture, no headline. One pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_LINE = 24;
/** Han text with no stop, closed by a forward-pointing copula or phrase (的是, 就是, 如下, 如次). */
const LEAD_IN = /^[\p{Script=Han}「」『』“”\s]{2,}(?:的是|就是|如下|如次)\s*$/u;

/** Whether the line is a lead-in clause the next block finishes. */
export function isLeadInLabel(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_LINE && LEAD_IN.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const LEAD_IN_LABEL: FurnitureTest = { test: isLeadInLabel, maxLength: MAX_LINE };
