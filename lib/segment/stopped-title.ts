// A headline printed as one short sentence closed by a full stop ("听听 10 位真记者怎么说。") right over the
// story's byline line ("文 | 杨睿琦"), among the page's first lines: the headline, though the stop makes it read as
// prose (headline.ts). Only a line of one clause (no comma, no other stop) under 25 characters, above any paragraph
// of prose, with a byline line under it and a sentence of the text under that. One look at the page's opening lines.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { cjkCount } from './sentence';
import { isHanProse } from './han-prose';

const STOPPED_LINE = /^[^。，,；;：:！!？?]{4,24}。$/u;
const MAX_BYLINE = 40;
/** The line under the byline: a sentence of the text, at least this many Han characters. */
const MIN_UNDER = 12;

export function markStoppedTitle(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i + 2 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    const text = (blocks[i]?.text ?? '').trim();
    // (The page's opening only: the first paragraph of prose ends the look.)
    if (isHanProse(text, info)) return;
    if (info.title || info.byline || info.dateline || info.markerOnly || !STOPPED_LINE.test(text)) continue;
    // (Under another such line it is one of a run of pictures' captions: a headline is printed once, alone.)
    if (i > 0 && STOPPED_LINE.test((blocks[i - 1]?.text ?? '').trim())) continue;
    const by = infos[i + 1] as BlockInfo;
    // (A writer's byline: a caption closed by a stop over its photographer's credit is a picture's.)
    if (!by.byline || by.byline.photographers.length || by.credit || (blocks[i + 1]?.text ?? '').trim().length > MAX_BYLINE) continue;
    const under = infos[i + 2] as BlockInfo;
    if (under.title || under.markerOnly || cjkCount(blocks[i + 2]?.text ?? '') < MIN_UNDER) continue;
    infos[i] = { ...info, title: true };
    return;
  }
}
