// The print source line of an e-paper article page: under the headline, the paper's name in book-title marks with
// the edition's date and page ("《 光明日报 》( 2016年03月16日 01 版)"), often after the story's byline on the same
// line ("本报记者 崔丽 庄庆鸿 《 中国青年报 》( 2013年04月27日 04 版)"). An article page prints it once, under the
// one story it shows; the headline-like line right above it (byline lines between) is that story's headline, and
// what the page prints above the headline is the site's: menus, the edition's date, a QR notice, a copyright
// disclaimer of numbered terms. Those lines are marked furniture (never a headline, never the story's text), and
// the source line itself is meta. A page that prints the line twice or more (a listing of items) is left alone, and
// so is a page whose lines above the headline open a story of their own (a dateline, a bracketed byline).
import type { Block } from '../types';
import { opensStory, type BlockInfo } from './classify';
import { isHeadlineCandidate } from './page-headline';

/** The paper's name in book-title marks, the edition's date and page, closing the line. */
const SOURCE = /《\s*[^《》]{2,16}\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[)）]\s*$/u;
/** A source line is a line: its byline and the source, nothing like a paragraph. */
const MAX_LINE = 120;
/** A headline is a line. */
const MAX_HEAD = 60;
/** Byline lines and labels between the headline and the source line. */
const MAX_BETWEEN = 2;
/** A label of a word or two ("字数"): no headline. */
const MAX_LABEL = 3;
/** A headline's lines: a kicker, the main line, a deck; with the lines between them and the source line. */
const MAX_STACK = 4;
/** A full date: the edition's date line over the headline ("光明日报 2016年03月16日 星期三"). */
const DATED = /\d{4}\s*年\s*\d{1,2}\s*月|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u;
/** Paragraphs of prose above the headline that a page's notices may hold (a disclaimer's heading and its terms). */
const MAX_PROSE_ABOVE = 2;

export function isSourceLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_LINE && SOURCE.test(t);
}

export function markSourceHead(blocks: Block[], infos: BlockInfo[]): void {
  const lines: number[] = [];
  blocks.forEach((b, i) => {
    if (isSourceLine(b.text)) lines.push(i);
  });
  if (lines.length !== 1) return;
  const at = lines[0] as number;
  // Between the headline and the source line: byline lines, and labels of a word or two ("字数").
  let h = at - 1;
  while (h >= 0 && at - h <= MAX_BETWEEN && (infos[h]?.byline || (blocks[h]?.text.trim().length ?? 0) <= MAX_LABEL)) h--;
  const head = infos[h];
  const first = h;
  if (!head || !isHeadlineCandidate(blocks[h] as Block, head) || (blocks[h]?.text.trim().length ?? 0) > MAX_HEAD) return;
  // A stacked headline (a kicker or the main line over a deck) stays whole: the furniture ends above the stack, at
  // the edition's date line if the page prints one there.
  while (h > 0 && at - (h - 1) <= MAX_STACK && isHeadlineCandidate(blocks[h - 1] as Block, infos[h - 1] as BlockInfo) && !DATED.test(blocks[h - 1]?.text ?? '')) h--;
  let prose = 0;
  for (let k = 0; k < h; k++) {
    const info = infos[k] as BlockInfo;
    if (opensStory(info) || info.credit) return;
    if (!info.title && !info.markerOnly && /[。！？]/u.test(blocks[k]?.text ?? '')) prose++;
  }
  if (prose > MAX_PROSE_ABOVE) return;
  // (Over a headline of two lines or more, the edition's date line right on top stays as the page printed it: the
  // headline group reads which of its lines heads the story.)
  const stack = first - h + 1;
  const top = stack > 1 && h > 0 && DATED.test(blocks[h - 1]?.text ?? '') ? h - 1 : h;
  for (let k = 0; k < top; k++) infos[k] = { ...(infos[k] as BlockInfo), markerOnly: false, title: true, pageLabel: true };
  if (!infos[at]?.byline) infos[at] = { ...(infos[at] as BlockInfo), markerOnly: true, title: false };
}
