// Items each under a line that is nothing but their number ("2", "3", "4"), the number over a one-sentence headline
// ("The U.S. and Germany are set to send tanks to Ukraine.") over the item's bulleted points, as a newsletter's page
// sets its day's items. Read alone, the number line is no words of a story and the headline, closed by its stop,
// reads as the first paragraph, so the items ran on as one article. Where two number lines or more follow one
// another (n, then n + 1), each over one sentence closed by its stop over a bulleted point, each such line is the
// item's number (a marker, no text) and the sentence under it is the item's headline. The first item's number may
// not have been stored (glued to a date line above it, or left out): the one-sentence line above the first number
// line standing over bulleted points, only points between them, is the first item's headline.
// One pass over the blocks, and one walk up from the first number line: linear.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A line that is its item's number alone. */
const NUMBER_LINE = /^\s*(\d{1,2})\s*$/;
/** A bulleted point. */
const POINT = /^\s*[•·▪●◦‣-]\s*\S/u;
/** A headline is one sentence: closed by its stop, no stop inside but after an abbreviation's letter. */
const CLOSED = /[.!?。！？]["”’)]?\s*$/;
const MAX_HEAD = 160;
const MIN_HEAD = 12;
const MIN_NUMBERED = 2;

function isSentenceHead(text: string): boolean {
  const t = text.trim();
  if (t.length < MIN_HEAD || t.length > MAX_HEAD || POINT.test(t) || NUMBER_LINE.test(t)) return false;
  // (No second sentence: a stop inside followed by a space and a capital opens one; "Wis." closing it does not.)
  if (!CLOSED.test(t)) return false;
  return !/[.!?]["”’)]?\s+[A-Z]/.test(t.replace(/\b[A-Z][a-z]{0,3}\.\s*$/, ''));
}

export function markNumberLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  const lines: number[] = [];
  for (let k = 0; k < blocks.length; k++) if (NUMBER_LINE.test(blocks[k]?.text ?? '')) lines.push(k);
  // The number lines that follow one another: each numbered one more than the one before.
  const run: number[] = [];
  for (const k of lines) {
    const n = Number(NUMBER_LINE.exec(blocks[k]?.text ?? '')?.[1]);
    const last = run[run.length - 1];
    if (last !== undefined && Number(NUMBER_LINE.exec(blocks[last]?.text ?? '')?.[1]) === n - 1) run.push(k);
    else if (run.length < MIN_NUMBERED) run.splice(0, run.length, k);
  }
  if (run.length < MIN_NUMBERED) return;
  // (Every numbered item so: its number line over one sentence over a bulleted point. Numbers alone in a column of
  // counts or a page's view counters stand over no such head.)
  for (const k of run) if (!isSentenceHead(blocks[k + 1]?.text ?? '') || !POINT.test(blocks[k + 2]?.text ?? '')) return;
  for (const k of run) {
    infos[k] = { ...(infos[k] as BlockInfo), markerOnly: true, title: false };
    infos[k + 1] = { ...(infos[k + 1] as BlockInfo), title: true };
  }
  // The first item above the first number line: bulleted points, then its one-sentence headline over them.
  let j = (run[0] as number) - 1;
  while (j > 0 && POINT.test(blocks[j]?.text ?? '')) j--;
  if (j < run[0]! - 1 && POINT.test(blocks[j + 1]?.text ?? '') && isSentenceHead(blocks[j]?.text ?? '')) infos[j] = { ...(infos[j] as BlockInfo), title: true };
}
