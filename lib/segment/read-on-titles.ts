// A teaser's read-on link naming its post ("… Continue reading Asia (i.e., North Korea) update: March 9 2018"): the
// line right above the teaser that prints the title the link names is the item's headline, whatever marks its words
// carry (abbreviations' stops, brackets). Each line is compared with the end of the block under it only: linear.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** The link's words, then the title, quoted or not, closing the block. */
const LINK = /(?:continue reading|read more|keep reading)\s*[:：]?\s*[“"「]?$/i;

/** A title this long at least is compared (a bare "News" names nothing). */
const MIN_TITLE = 8;
const MAX_TITLE = 160;

export function markReadOnTitles(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (info.title || info.byline || info.dateline || info.markerOnly) continue;
    const t = (blocks[i]?.text ?? '').trim();
    if (t.length < MIN_TITLE || t.length > MAX_TITLE) continue;
    const next = (blocks[i + 1]?.text ?? '').trim().replace(/[”"」]\s*$/, '');
    if (next.length <= t.length + 20 || !next.endsWith(t)) continue;
    if (LINK.test(next.slice(Math.max(0, next.length - t.length - 24), next.length - t.length))) infos[i] = { ...info, title: true };
  }
}
