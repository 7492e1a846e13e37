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
import { FROM, TO } from '../hant/t2s-table';
import { asFurniture } from './line-marks';

/** Longer lines are text, not a link's title. */
const MAX_LINE = 30;
/** A paragraph of prose on either side: at least this many characters, written in Traditional. */
const MIN_PROSE = 40;
/** Simplified-only characters a line needs: one may be a Traditional text's variant. */
const MIN_SIMPLIFIED = 2;

/**
 * Simplified forms Traditional text also writes, as characters of their own or as accepted variants (台 beside 臺,
 * 里 beside 裡, 后 beside 後, 面 beside 麵 …): no sign of the other script.
 */
const SHARED = new Set(
  '出家同面表回合真台向只系才周即局教制查注席布里千幸后群采修志致升核板彩巨吃念秘秋搜私梁既峰克余玩累并游愈困欲折俊扎云干暗么娘准抵凌曲朱范征泛松床占旗托胡谷杯舍沈逾糖卷筑旋扇佛涂症姜蒙斗呆污扣酸昆御溪冬抬咸凶吊挨栗仆涌哄吁佣刮扑晒叠蔑卧僵沾喂芸矩桩雇雕棋溯捍娇强黄霉丑划',
);

let simplifiedOnly: Set<number> | null = null;

/** Characters only Simplified text writes: the fold's targets that are no Traditional character themselves. */
function simplifiedSet(): Set<number> {
  if (simplifiedOnly) return simplifiedOnly;
  const from = new Set<number>();
  for (let i = 0; i < FROM.length; i++) from.add(FROM.charCodeAt(i));
  const set = new Set<number>();
  for (let i = 0; i < TO.length; i++) {
    const c = TO.charCodeAt(i);
    if (!from.has(c) && !SHARED.has(TO[i]!)) set.add(c);
  }
  simplifiedOnly = set;
  return set;
}

/** Whether a line is written in Simplified: no Traditional character, two Simplified-only characters or more. */
export function inSimplified(text: string): boolean {
  if (hasTraditional(text)) return false;
  const set = simplifiedSet();
  const seen = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (set.has(c)) seen.add(c);
  }
  return seen.size >= MIN_SIMPLIFIED;
}

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
