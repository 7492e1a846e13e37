// A story's reading list: the sources a digest prints under an item, one a line, each a list dash, the outlet's
// name and the source's title after a bar ("- NBC News | Fire engulfs high-rise… | 香港高層住宅區火災…"). They are
// links to other pages, neither the story's text nor headlines of stories of this page.
import type { Block } from '../types';

/** A dashed or bulleted line opening with a short name set off by a bar: "- BBC | Title", "• 紐約時報 | Title". */
const SOURCE_LINE = /^\s*[-–•*·]\s*[^|｜\s][^|｜]{0,30}?\s*[|｜]\s*\S/;
/** Lines in a row that make a reading list. */
const MIN_RUN = 2;

/** The blocks that are lines of a reading list (runs of two source lines or more). */
export function sourceListLines(blocks: readonly Block[]): Uint8Array {
  const out = new Uint8Array(blocks.length);
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && SOURCE_LINE.test(blocks[j]?.text ?? '')) j++;
    if (j - i >= MIN_RUN) out.fill(1, i, j);
    i = Math.max(j, i + 1);
  }
  return out;
}
