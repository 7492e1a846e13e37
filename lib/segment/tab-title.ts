// The page's tab title printed into its text: a line closing on the document title as a browser shows it, the
// headline and its column and site parted by underscores ("标题_资讯_站名"), then the headline again on the next
// line, the two run into one block by a text copy with no blank line between them ("…请开启以便继续访问。标题_资讯_
// 站名\n标题"). What stands before the headline's own print (the tab title and any notice run on before it) is page
// furniture: it is taken off so the headline opens its block as a line of its own. Only the page's first blocks are
// looked at, each of bounded length, so the step stays linear in the page's size.
import type { Block } from '../types';
import type { Origin } from './tail-heads';

/** Where the head lines stand: the first few blocks, each short enough to hold notice, title and headline. */
const HEAD_BLOCKS = 4;
const MAX_BLOCK = 400;
/** A headline's length; a column's or site's name between underscores. */
const MIN_HEAD = 6;
const MAX_HEAD = 90;
const MAX_NAME = 20;
const STOP = /[。！？!?]/u;

/** Where the headline's own print starts in a block that closes on "headline_column_site" and the headline, or -1. */
function headlineAt(text: string): number {
  if (text.length > MAX_BLOCK) return -1;
  const parts = text.split('_');
  if (parts.length < 2 || parts.length > 5) return -1;
  // The headline: the first part after the last sentence stop of a notice run on before it.
  const first = parts[0]!;
  let from = 0;
  for (let k = 0; k < first.length; k++) if (STOP.test(first[k]!)) from = k + 1;
  const head = first.slice(from).trim();
  if (head.length < MIN_HEAD || head.length > MAX_HEAD) return -1;
  for (const name of parts.slice(1, -1)) if (!name.trim() || name.length > MAX_NAME || STOP.test(name)) return -1;
  const last = parts.at(-1)!;
  if (!last.endsWith(head)) return -1;
  const site = last.slice(0, last.length - head.length).trim();
  if (!site || site.length > MAX_NAME || STOP.test(site)) return -1;
  return text.length - head.length;
}

/** The page with its printed tab title (and a notice run on before it) taken off its headline's line, or null. */
export function splitTabTitle(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  for (let i = 0; i < Math.min(blocks.length, HEAD_BLOCKS); i++) {
    const at = headlineAt(blocks[i]!.text);
    if (at < 0) continue;
    const out = blocks.slice();
    out[i] = { ...blocks[i]!, text: blocks[i]!.text.slice(at) };
    const origin: Origin[] = blocks.map((_, k) => ({ block: k, offset: k === i ? at : 0 }));
    return { blocks: out, origin };
  }
  return null;
}
