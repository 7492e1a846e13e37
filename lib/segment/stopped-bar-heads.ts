// Chinese headlines closed by a full stop, as a reading app's profile page or a blog's listing prints its posts'
// titles ("粤港丨百年老树杀人事件簿。", "委内瑞拉 | 一百万买瓶水,两千万买只鸡,……活不下去。"): a short line opened by a topic
// label of a few characters set off by a bar (丨, ｜ or |), the column-and-title form of a headline, closed by a stop
// that makes it read as prose (headline.ts), over a teaser paragraph several times its length. Only where the page
// prints two or more such lines, each over its own paragraph: one alone is as likely a story's own line. One look at
// each line and the one under it: linear.
import type { Block } from '../types';
import { cjkCount } from './sentence';
import type { BlockInfo } from './classify';

/** A topic label of two to eight characters, a bar, then a title closed by a stop, 60 characters at most. */
const BAR_STOPPED = /^[\p{Script=Han}A-Za-z0-9]{2,8}\s*[丨｜|]\s*[^丨｜|。！？!?]{4,50}[。！？!?]$/u;
/** The paragraph under the headline is this many times longer than it, and long enough to be a teaser. */
const LONGER = 3;
const MIN_UNDER = 60;
const MIN_RUNS = 2;

function barStoppedHead(text: string): boolean {
  const t = text.trim();
  if (!BAR_STOPPED.test(t)) return false;
  return cjkCount(t) * 2 > t.length;
}

export function markStoppedBarHeads(blocks: readonly Block[], infos: BlockInfo[]): void {
  const at: number[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (info.byline || info.markerOnly || info.dateline || info.credit || info.title) continue;
    const t = blocks[i]?.text ?? '';
    if (!barStoppedHead(t)) continue;
    const next = blocks[i + 1]?.text ?? '';
    if (next.length >= MIN_UNDER && next.length > t.length * LONGER && !infos[i + 1]?.title) at.push(i);
  }
  if (at.length < MIN_RUNS) return;
  for (const i of at) infos[i] = { ...(infos[i] as BlockInfo), title: true };
}
