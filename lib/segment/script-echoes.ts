// A headline printed again in the other script ("三聯1000期簡史:編輯部的故事" over "三联1000期简史:编辑部的故事"): an
// aggregator's Traditional copy of a Simplified post keeps the post's title pictures, whose text is the headline in
// the script the post was written in. A headline-like line that is an earlier headline-like line's words in the
// other script, and not the same characters, is that picture's text: furniture, neither a headline nor a story's
// title, and the earlier line, in the page's own script, stays the headline. One fold of each short headline-like
// line and one map from folded text to its first line: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { foldTraditional } from '../hant/fold';
import { asFurniture } from './line-marks';

/** Longer lines are no headlines' copies. */
const MAX_LINE = 80;
/** A line of a few characters matches too easily ("记者" and "記者"). */
const MIN_LINE = 6;

export function markScriptEchoes(blocks: readonly Block[], infos: BlockInfo[]): void {
  const seen = new Map<string, string>();
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (!info.title) continue;
    const text = (blocks[i]?.text ?? '').replace(/\s+/gu, '');
    if (text.length < MIN_LINE || text.length > MAX_LINE) continue;
    const folded = foldTraditional(text);
    const first = seen.get(folded);
    if (first === undefined) {
      seen.set(folded, text);
      continue;
    }
    // The same characters again is a title printed twice, for other readers (headline-echoes.ts, page-headline.ts).
    if (first === text) continue;
    infos[i] = asFurniture(info);
  }
}
