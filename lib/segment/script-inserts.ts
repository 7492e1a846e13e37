// A short line in the other script dropped between a Traditional story's paragraphs ("《晨报》:另一页面的标题",
// "热门小说 推荐" between paragraphs written 說, 對, 來): a copy host fills its copies with the titles of its other
// pages, linked, and those titles keep the script they were written in. A line that holds no Traditional character
// and two Simplified-only characters or more (页, 题, 门 …; not the characters both scripts write, 台, 里, 只 …),
// standing between two paragraphs of prose of a page written in Traditional, is no head of the story's and no story's
// headline: furniture. A Traditional page quoting a Simplified title inside its prose keeps it (the line is a
// paragraph's part, not a line of its own). One pass over the lines, each line read once: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { hasTraditional, writtenInTraditional } from '../hant/fold';
import { inSimplified } from '../hant/simplified';
import { asFurniture } from './line-marks';

/** The line test, kept where the segmenter reads it (lib/hant/simplified.ts holds it). */
export { inSimplified };

/** Longer lines are text, not a link's title. */
const MAX_LINE = 30;
/** A paragraph of prose on either side: at least this many characters, written in Traditional. */
const MIN_PROSE = 40;

function traditionalProse(block: Block | undefined, info: BlockInfo | undefined): boolean {
  const text = (block?.text ?? '').trim();
  return info !== undefined && !info.title && !info.markerOnly && text.length >= MIN_PROSE && hasTraditional(text);
}

export function markScriptInserts(blocks: readonly Block[], infos: BlockInfo[]): void {
  if (blocks.length < 3) return;
  if (!writtenInTraditional(blocks.map((b) => b.text))) return;
  for (let i = 1; i + 1 < blocks.length; i++) {
    const text = (blocks[i]?.text ?? '').trim();
    if (text.length === 0 || text.length > MAX_LINE) continue;
    const info = infos[i] as BlockInfo;
    if (info.byline || info.dateline || info.from || info.markerOnly) continue;
    if (!traditionalProse(blocks[i - 1], infos[i - 1]) || !traditionalProse(blocks[i + 1], infos[i + 1])) continue;
    if (inSimplified(text)) infos[i] = asFurniture(info);
  }
}
