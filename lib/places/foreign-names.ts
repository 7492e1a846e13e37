// A place name inside a transliterated foreign name (阿|拉法|特 for Arafat, 罗|马里|奥 for Romário, 费尔南|德|斯):
// the characters on both sides are transliteration characters, so the name runs on
// through the place. Xinhua's transliteration table uses a small set of characters; a run of them on both sides
// is the name's, not a sentence's.
import type { PlaceSpan } from '../types';

/** Characters of Xinhua's transliteration tables (names of people abroad), the commonest ones, less those that are
 * also grammar next to a place (比美国多, 在美国内, 到达). */
const TRANSLIT = new Uint8Array(0x10000);
for (const c of '阿埃艾爱奥巴拜班邦贝彼宾波伯布迪蒂杜厄恩菲费芬弗福夫盖戈格贡哈赫亨霍基吉贾杰卡凯坎柯科克肯库奎拉莱兰朗劳勒雷利卢鲁伦罗洛玛迈曼梅米莫姆穆纳奈尼涅努诺帕佩皮珀普奇齐切萨塞桑瑟斯索塔泰坦特滕提图托瓦威韦维沃乌伍希谢耶伊尤扎泽兹佐')
  TRANSLIT[c.charCodeAt(0)] = 1;
/** Whether the UTF-16 unit `c` is one of those transliteration characters. */
export function isTranslit(c: number): boolean {
  return TRANSLIT[c] === 1;
}
const FOREIGN = new Set(['country', 'city', 'province']);

/** Whether the span [start, end) of `text` sits inside a transliterated name: such characters on both sides. */
export function insideForeignName(text: string, s: PlaceSpan): boolean {
  if (!FOREIGN.has(s.level) || s.start === 0 || s.end >= text.length) return false;
  const before = text.charCodeAt(s.start - 1);
  const after = text.charCodeAt(s.end);
  if (TRANSLIT[before] !== 1 || TRANSLIT[after] !== 1) return false;
  return true;
}
