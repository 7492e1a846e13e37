// Two layouts of a blog's or column's page of short notices (an obituary blog's week: a name over a one-line
// pointer to the papers' obituaries):
// - an epigraph opening the page, a quotation closed by its author and work ('"By writing …" Alana Baranick, "Life
//   on the Death Beat"'), is the page's motto, furniture, never a headless story;
// - where the page's items are a name line of a few capitalised words over their text, and most such names have a
//   text paragraph under them, a long line in sentence case under a name is that item's text, though it has no
//   closing stop ("Infielder was one of … -- via the L.A. Times"), not a second headline line.
// Each step looks at a block and the one after it: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
/** (Made once: a literal made of a property escape alone is rebuilt on every call in the bundles.) */
const CAPITAL_FIRST = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const LOWER_FIRST = /^\p{Ll}/u;

const EPIGRAPH = /^["“‘'].{20,}[.!?…]["”’']+\s+(?:[—―–-]+\s*)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s*["“][^"”]{2,80}["”]\s*$/u;
/** An epigraph stands among the page's first blocks. */
const EPIGRAPH_SPAN = 3;
/** A name line: two to four capitalised words (initials allowed), no digits, no stop. */
const NAME = /^(?:[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.)){1,3}$/u;
/** A text line: this many words at least, opened by a capital and run on in lower case. */
const MIN_TEXT_WORDS = 8;
/** Names over a text paragraph a page shows so at least (and no fewer than names over an unstopped long line) before
 * such a line under a name is read as text. */
const MIN_CLEAR = 3;

const isName = (t: string) => NAME.test(t.trim()) && !/\d/.test(t);

function isSentenceLine(t: string): boolean {
  const words = t.trim().split(/\s+/).filter((w) => LETTER.test(w));
  if (words.length < MIN_TEXT_WORDS || !CAPITAL_FIRST.test(t.trim())) return false;
  const lower = words.filter((w) => LOWER_FIRST.test(w)).length;
  return lower * 2 > words.length;
}

export function markNoticeLines(blocks: Block[], infos: BlockInfo[]): void {
  for (let k = 0; k < Math.min(blocks.length, EPIGRAPH_SPAN); k++) {
    const info = infos[k];
    if (info && !info.title && EPIGRAPH.test(blocks[k]?.text.trim() ?? '')) infos[k] = { ...info, markerOnly: true };
  }
  let clear = 0;
  const pending: number[] = [];
  for (let k = 0; k + 1 < blocks.length; k++) {
    if (!infos[k]?.title || !isName(blocks[k]?.text ?? '')) continue;
    const next = infos[k + 1];
    const t = blocks[k + 1]?.text ?? '';
    if (next && !next.title && !next.markerOnly && isSentenceLine(t)) clear++;
    else if (next?.title && isSentenceLine(t) && !/[.!?。！？]["”’']?$/.test(t.trim())) pending.push(k + 1);
  }
  if (clear < MIN_CLEAR || clear < pending.length) return;
  for (const k of pending) {
    const info = infos[k];
    if (info) infos[k] = { ...info, title: false };
  }
}
