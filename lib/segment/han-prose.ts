// The first paragraph of a Chinese story's prose: a block that is no headline line, no furniture and no byline, with
// thirty Han characters or more. Several marks read a page's opening only down to it, or only below it
// (numbered-parts.ts, quoted-voices.ts, speaker-cards.ts, stopped-title.ts). One count a block.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { cjkCount } from './sentence';

/** Han characters a paragraph of prose holds at least. */
export const MIN_HAN_PROSE = 30;

/** Whether the block is a paragraph of the story's Chinese prose. */
export function isHanProse(text: string, info: BlockInfo): boolean {
  return !info.title && !info.markerOnly && !info.byline && cjkCount(text) >= MIN_HAN_PROSE;
}

/** The block after the story's first paragraph of Chinese prose (blocks.length: none), where the marks that read
 * only below it start. */
export function belowHanProse(blocks: readonly Block[], infos: readonly BlockInfo[]): number {
  for (let i = 0; i < blocks.length; i++) if (isHanProse(blocks[i]?.text ?? '', infos[i] as BlockInfo)) return i + 1;
  return blocks.length;
}
