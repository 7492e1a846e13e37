// Bold subheads inside a heading's item: a page that heads its items with headings (h2) may set bold lines inside an
// item. Where the item's own text stands between its heading and its first bold line (a paragraph beyond a
// dateline), the bold lines are that item's subheads ("陆秀兴：…" and "祝雪兰：…" in one profile of two people; a
// "国际人士：…" subhead in a report), not stories. Where nothing but the item's dateline or a lead-in stands there
// ("央视网消息（新闻联播）：" over bold headlines), the heading names a column and the bold lines head its briefs.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { Candidate } from './starts';

/** Text of the item's own, past its dateline, that makes the bold lines under it subheads. */
const MIN_OWN = 20;
/** Headings of one level that make the page an outline of items. */
const MIN_HEADINGS = 2;

export function withoutHeadingSubheads(cands: Candidate[], blocks: Block[], infos: BlockInfo[]): Candidate[] {
  const levels = new Map<number, number>();
  for (const b of blocks) if (b.headingLevel !== null) levels.set(b.headingLevel, (levels.get(b.headingLevel) ?? 0) + 1);
  const bold = (k: number) => blocks[k]?.headingLevel === null && !!blocks[k]?.emphasis && !!infos[k]?.title;
  return cands.filter((c) => {
    const line = c.body - 1;
    if (c.head === c.body || !bold(line)) return true;
    let h = c.head - 1;
    while (h >= 0 && blocks[h]?.headingLevel === null) h--;
    if (h < 0 || (levels.get(blocks[h]?.headingLevel ?? -1) ?? 0) < MIN_HEADINGS) return true;
    // The item's text between its heading and its first bold line.
    let own = 0;
    for (let k = h + 1; k < blocks.length && !bold(k) && blocks[k]?.headingLevel === null; k++) {
      if (infos[k]?.title || infos[k]?.markerOnly) continue;
      own += (blocks[k]?.text.length ?? 0) - (infos[k]?.dateline?.length ?? 0);
    }
    return own < MIN_OWN;
  });
}
