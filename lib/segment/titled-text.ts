// A page text that opens with its document title, as a browser's tab shows it: the headline and the site's name
// parted by a dash, bar or underscore ("新手記者在《明報》 - 明報校園記者計劃"), then the headline again as the page
// prints it. Such a copy is of one article page: the page names its story in its title, as an HTML page does (its
// <title> over its h1), and its text is read as a titled page's (SegmentOptions.titled): several stories stand only on
// their own grammar, datelines, bylines, credits. The title line is taken off the text and given as the page's
// title, as a document's title is given. Only the page's first few blocks are looked at: constant work.
import type { Block } from '../types';
import type { Origin } from './tail-heads';

/** The headline's print stands within this many blocks under the title line. */
const ECHO_WITHIN = 3;
/** The title line: the headline (a headline's length), a separator, a site's name. */
const TITLE_LINE = /^(.{4,80}?)\s+[-–—|｜_]\s+([^-–—|｜_]{2,24})$/u;

function bare(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** Whether the page text opens with its tab title over its headline's own print. */
export function isTitledText(blocks: readonly Block[]): boolean {
  const first = blocks[0]?.text.trim() ?? '';
  const m = TITLE_LINE.exec(first);
  if (!m || !/\p{Script=Han}/u.test(m[1]!)) return false;
  const head = bare(m[1]!);
  for (let k = 1; k <= ECHO_WITHIN && k < blocks.length; k++) if (bare(blocks[k]!.text) === head) return true;
  return false;
}

/** The page text less its tab title line, and that line as the page's title; null when it opens with none. */
export function splitTitledText(blocks: Block[]): { blocks: Block[]; origin: Origin[]; title: string } | null {
  if (blocks.length < 2 || !isTitledText(blocks)) return null;
  return { blocks: blocks.slice(1), origin: blocks.slice(1).map((_, k) => ({ block: k + 1, offset: 0 })), title: blocks[0]!.text.trim() };
}
