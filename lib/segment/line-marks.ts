// What the readers of short credit lines share (name-posts.ts, posted-names.ts, role-credits.ts, spaced-credits.ts,
// credit-pairs.ts, cms-lines.ts, attribution-lines.ts): the short lines no earlier reading took as a byline, a
// dateline or a source line, and how a line read is recorded — as the story's byline (never a headline, a marker or
// a page label) or as page furniture (a marker, never a headline nor a page label). One pass over the lines.
import type { Block, Byline } from '../types';
import { emptyByline } from './byline';
import type { BlockInfo } from './classify';

/**
 * Calls `read` on each line of at most `maxLine` characters (trimmed) that no earlier reading took as a byline, a
 * dateline or a source line, with its index, trimmed text and reading, in page order.
 */
export function forEachFreeLine(blocks: readonly Block[], infos: readonly BlockInfo[], maxLine: number, read: (i: number, text: string, info: BlockInfo) => void): void {
  for (let i = 0; i < blocks.length; i++) {
    const text = (blocks[i]?.text ?? '').trim();
    if (text.length > maxLine) continue;
    const info = infos[i] as BlockInfo;
    if (info.byline || info.dateline || info.from) continue;
    read(i, text, info);
  }
}

/** The line read as the story's byline. */
export function asByline(info: BlockInfo, byline: Byline): BlockInfo {
  return { ...info, title: false, markerOnly: false, pageLabel: false, byline };
}

/** The line read as the byline of these writers. */
export function asAuthors(info: BlockInfo, authors: string[]): BlockInfo {
  return asByline(info, { ...emptyByline(), authors });
}

/** The line read as page furniture. */
export function asFurniture(info: BlockInfo): BlockInfo {
  return { ...info, title: false, markerOnly: true, pageLabel: false };
}
