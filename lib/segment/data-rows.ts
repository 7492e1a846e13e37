// A row of a data table kept as a line of page text: a quote box's "HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%", a
// results table's "Arsenal 12 8 3 1 27". Its figures, not its words, carry it: three or more numbers, signed,
// decimal or percentages (four where all are counts or years), making up a third of its words and of its characters
// or more, and no sentence closed by a stop. It is the story's data, never a headline over the text below it (issue
// 12: a business story's ticker box split it in two), nor is the heading row naming the columns above the first row.
// Each line is read once: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { isPhraseHead, type PhraseShape } from './phrase-head';

const FIGURE = /^[(+\-−–]?[$€£¥]?\d(?:[\d,]*\d)?(?:\.\d+)?%?\)?$/u;
/** A figure that is a measure, not a count or a year: signed, decimal or a percentage. */
const MEASURE = /^[(+\-−–]|[.%]/u;
/** Figures enough where none is a measure (a results table's counts). */
const MIN_COUNTS = 4;
const MIN_FIGURES = 3;
const MIN_SHARE = 1 / 3;
const MAX_ROW = 120;

export function isDataRow(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_ROW || /[.!?。！？]["”’」]?$/u.test(t)) return false;
  const words = t.split(/\s+/);
  let figures = 0;
  let measures = 0;
  let chars = 0;
  for (const w of words) {
    if (!FIGURE.test(w)) continue;
    figures++;
    chars += w.length;
    if (MEASURE.test(w)) measures++;
  }
  // (By its characters too: a sentence in a script that spaces no words holds few "words".)
  const all = t.replace(/\s+/g, '').length;
  return figures >= (measures ? MIN_FIGURES : MIN_COUNTS) && figures >= words.length * MIN_SHARE && chars >= all * MIN_SHARE;
}

/** A table's heading row: a few words, no stop, right above its first data row ("Ticker Security Last Change"). */
const HEADING_ROW: PhraseShape = { maxWords: 10, closed: /[.!?:]["”’]?$/u, digitLead: true };

export function markDataRows(blocks: Block[], infos: BlockInfo[]): void {
  let previousRow = false;
  blocks.forEach((b, i) => {
    const info = infos[i];
    const row = isDataRow(b.text);
    if (row && info?.title) infos[i] = { ...info, title: false };
    // The heading row over the table's first row names its columns: no headline either.
    const above = infos[i - 1];
    if (row && !previousRow && above?.title && isPhraseHead(blocks[i - 1]?.text ?? '', HEADING_ROW)) infos[i - 1] = { ...above, title: false };
    previousRow = row;
  });
}
