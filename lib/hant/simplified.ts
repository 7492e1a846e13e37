// Which script a short line is written in, beside fold.ts's Traditional test: a line in Simplified holds no
// Traditional character and two Simplified-only characters or more — the fold table's targets that are no
// Traditional character themselves, less the forms Traditional text also writes (台, 里, 后 …). One pass over the line.
import { hasTraditional } from './fold';
import { FROM, TO } from './t2s-table';

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
