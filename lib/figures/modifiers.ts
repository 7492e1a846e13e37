// Words around a figure that qualify it: approximate (约, 近, 左右, about) or bounded (以上, 超过 → min;
// 以下, 不到 → max). Words before a figure are not part of its span (the number is what gets highlighted);
// words after it (以上, 左右, 余) are, since they are glued to it in Chinese.

export interface Modifier {
  approx: boolean;
  bound: 'min' | 'max' | null;
}

const APPROX: Modifier = { approx: true, bound: null };
const MIN: Modifier = { approx: false, bound: 'min' };
const MAX: Modifier = { approx: false, bound: 'max' };

/** Chinese words before a number, longest first so that 超过 wins over 超. */
const CJK_BEFORE: Array<[string, Modifier]> = (
  [
    ['大约', APPROX], ['约为', APPROX], ['约合', APPROX], ['约有', APPROX], ['约', APPROX], ['将近', APPROX], ['接近', APPROX],
    ['近', APPROX], ['大概', APPROX],
    ['超过', MIN], ['超出', MIN], ['高于', MIN], ['多于', MIN], ['不少于', MIN], ['不低于', MIN], ['不下于', MIN],
    ['至少', MIN], ['起码', MIN], ['大于', MIN], ['突破', MIN], ['逾', MIN], ['超', MIN], ['破', MIN],
    ['不到', MAX], ['不足', MAX], ['少于', MAX], ['低于', MAX], ['不超过', MAX], ['不高于', MAX], ['最多', MAX],
    ['至多', MAX], ['未满', MAX], ['不满', MAX], ['小于', MAX],
  ] as Array<[string, Modifier]>
).sort((a, b) => b[0].length - a[0].length);

/** The last characters of those words. */
const CJK_BEFORE_LAST = new Set(CJK_BEFORE.map(([w]) => w.charCodeAt(w.length - 1)));

// Characters that make 近/超/破 part of another word (最近, 附近, 赶超, 打破) rather than a modifier.
const NOT_BEFORE_JIN = '最附临亲贴靠';
const NOT_BEFORE_CHAO = '赶高';
const NOT_BEFORE_PO = '打突冲攻击';

/** The modifier written right before `start` in Chinese text, or null. */
export function cjkModifierBefore(text: string, start: number): Modifier | null {
  // Most figures have no modifier: one look at the character before rules out every word.
  if (start < 1 || !CJK_BEFORE_LAST.has(text.charCodeAt(start - 1))) return null;
  for (const [w, m] of CJK_BEFORE) {
    const at = start - w.length;
    if (at < 0 || !text.startsWith(w, at)) continue;
    const prev = at > 0 ? (text[at - 1] ?? '\0') : '\0';
    if (w === '近' && NOT_BEFORE_JIN.includes(prev)) continue;
    if (w === '超' && NOT_BEFORE_CHAO.includes(prev)) continue;
    if (w === '破' && NOT_BEFORE_PO.includes(prev)) continue;
    return m;
  }
  return null;
}

const EN_BEFORE =
  /(?:^|[^a-z])(about|approximately|approx\.|around|roughly|nearly|almost|some|close to|an estimated|estimated|more than|over|above|at least|exceeding|in excess of|upwards of|greater than|less than|under|below|fewer than|up to|at most|no more than|not more than)\s*$/;
const EN_BEFORE_MEANING: Record<string, Modifier> = {
  about: APPROX, approximately: APPROX, 'approx.': APPROX, around: APPROX, roughly: APPROX, nearly: APPROX,
  almost: APPROX, some: APPROX, 'close to': APPROX, 'an estimated': APPROX, estimated: APPROX,
  'more than': MIN, over: MIN, above: MIN, 'at least': MIN, exceeding: MIN, 'in excess of': MIN,
  'upwards of': MIN, 'greater than': MIN,
  'less than': MAX, under: MAX, below: MAX, 'fewer than': MAX, 'up to': MAX, 'at most': MAX,
  'no more than': MAX, 'not more than': MAX,
};

/** The English modifier right before `start` (spaces allowed), or null. "over five years" spans time, no bound. */
export function englishModifierBefore(text: string, start: number, isDuration = false): Modifier | null {
  const from = Math.max(0, start - 20);
  const m = EN_BEFORE.exec(text.slice(from, start).toLowerCase());
  if (m === null) return null;
  if (isDuration && (m[1] === 'over' || m[1] === 'under')) return null;
  return EN_BEFORE_MEANING[m[1] as string] ?? null;
}

/** Words after a figure, glued to it: 以上, 以下, 左右 … and English "or more". */
export const AFTER_RE = /以上|以下|以内|之内|左右|开外|有余|or more|or less|or so/y;
export const AFTER_MEANING: Record<string, Modifier> = {
  以上: MIN, 以下: MAX, 以内: MAX, 之内: MAX, 左右: APPROX, 开外: APPROX, 有余: APPROX,
  'or more': MIN, 'or less': MAX, 'or so': APPROX,
};

/** 多 / 余 between a number and its unit or scale (20多个, 300余家, 1000多万元): approximate. */
export const MID_APPROX = '多余';
