// Lines that are page furniture by what they say alone, whatever is around them: a slash-framed column label
// (slash-labels.ts), a repost's permission line or account id (reprint-lines.ts), a mirror's notice that the post
// was deleted (mirror-notices.ts), a periodical's issue line (issue-lines.ts). A line read as a byline, a dateline
// or a source line keeps that reading. One pass over the blocks, each test run only on lines short enough for it.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { asFurniture } from './line-marks';

/** A test of one line's text, and the longest line (trimmed) it can hold. */
export interface FurnitureTest {
  test(text: string): boolean;
  maxLength: number;
}

export function markFurnitureLines(blocks: readonly Block[], infos: BlockInfo[], tests: readonly FurnitureTest[]): void {
  // (Untrimmed text may carry a few spaces more than the test's limit.)
  const longest = tests.reduce((m, t) => Math.max(m, t.maxLength), 0) + 8;
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]?.text ?? '';
    if (text.length > longest) continue;
    const info = infos[i] as BlockInfo;
    if (info.byline || info.dateline || info.from) continue;
    if (!tests.some((t) => text.length <= t.maxLength + 8 && t.test(text))) continue;
    infos[i] = asFurniture(info);
  }
}
