// A site's navigation menu kept as a bulleted list at the page's head, one link a line ("• 时政", "• 国际", …,
// "• 更多>>"): a text copy of a portal or e-paper page keeps the menu's items as bulleted lines. A run of many such
// lines, each a word or two with no stop, is no list of headlines (a headline is longer than a menu item) nor a
// story's list of points (points are phrases or sentences): every line of it is page furniture, so that none of its
// items heads the story printed under it. The run is read once, line by line; each line is tested once.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { asFurniture } from './line-marks';

/** A bullet, then a menu item: a word or two of letters and digits, perhaps closed by a "more" arrow (">>", "»"). */
const MENU_ITEM = /^\s*[•·▪●◆]\s*([\p{L}\p{N}](?:[\p{L}\p{N} ]*[\p{L}\p{N}])?)\s*(?:>>|»|›)?\s*$/u;
/** Han items are a few characters; Latin ones a word or two. */
const MAX_HAN = 6;
const MAX_LATIN = 16;
/** A menu: this many bulleted items or more, one under the other. */
export const MIN_MENU_ITEMS = 6;

function menuItem(text: string): boolean {
  const m = MENU_ITEM.exec(text);
  if (!m) return false;
  const item = m[1]!;
  return /[\u3400-\u9fff]/u.test(item) ? item.replace(/\s+/g, '').length <= MAX_HAN : item.length <= MAX_LATIN;
}

export function markBulletMenus(blocks: readonly Block[], infos: BlockInfo[]): void {
  let start = 0;
  for (let i = 0; i <= blocks.length; i++) {
    if (i < blocks.length && menuItem(blocks[i]!.text)) continue;
    if (i - start >= MIN_MENU_ITEMS) for (let k = start; k < i; k++) infos[k] = asFurniture(infos[k]!);
    start = i + 1;
  }
}
