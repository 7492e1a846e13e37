// A copied page's own title over the story it copied: the source's name, a colon or bar, then the headline
// ("中国青年报:点燃青春激情 共筑精神家园"), with the headline printed alone a few lines below, over its deck and byline.
// The prefixed line is the page's title, as a browser tab shows it: the story's headline is the print below, so the
// prefixed line is page furniture, no headline and no text of the story. Each line compared with the next few only.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const PREFIXED = /^([^:：|｜丨]{2,12})\s*[:：|｜丨]\s*(.{4,60})$/;
/** The headline's own print follows within this many lines. */
const WINDOW = 6;

export function markPrefixedTitles(blocks: readonly Block[], infos: BlockInfo[]): void {
  const n = blocks.length;
  for (let i = 0; i < n; i++) {
    if (!infos[i]?.title) continue;
    const m = PREFIXED.exec(blocks[i]!.text.trim());
    if (!m) continue;
    const rest = m[2]!.trim();
    for (let j = i + 1; j < n && j <= i + WINDOW; j++) {
      if (infos[j]?.title && blocks[j]!.text.trim() === rest) {
        infos[i] = { ...(infos[i] as BlockInfo), title: false, markerOnly: true };
        break;
      }
    }
  }
}
