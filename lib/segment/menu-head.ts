// A site's menu row, its items parted by bars ("首页 | 资讯 | 财经 | … | 热点 |"), run into the headline printed on the
// line under it by a text copy that joins wrapped lines ("… | 热点 | 焦点!亲历者说:做协同发展的记录者"): the last part,
// far longer than every menu item, is the headline's own line. It is set on a line of its own so the menu stays page
// furniture and the headline heads the story. Only the page's first blocks are looked at, each of bounded length.
import type { Block } from '../types';
import type { Origin } from './tail-heads';

const HEAD_BLOCKS = 3;
const MAX_BLOCK = 200;
const BAR = /\s*[|｜]\s*/u;
/** A menu: five items or more, each a word or two. */
const MIN_ITEMS = 5;
const MAX_ITEM = 6;
const ITEM = /^[\u3400-\u9fffA-Za-z0-9]+$/u;
/** The headline: longer than twice the longest item. */
const MIN_HEAD = 8;
const MAX_HEAD = 80;

export function splitMenuHead(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  for (let i = 0; i < Math.min(blocks.length, HEAD_BLOCKS); i++) {
    const text = blocks[i]!.text;
    if (text.length > MAX_BLOCK || text.includes('\n')) continue;
    const parts = text.split(BAR);
    if (parts.length < MIN_ITEMS + 1) continue;
    const items = parts.slice(0, -1).filter((p) => p.trim());
    const head = parts.at(-1)!.trim();
    if (items.length < MIN_ITEMS || head.length < MIN_HEAD || head.length > MAX_HEAD) continue;
    if (!items.every((p) => p.trim().length <= MAX_ITEM && ITEM.test(p.trim()))) continue;
    const longest = items.reduce((m, p) => Math.max(m, p.trim().length), 0);
    if (head.length < 2 * longest) continue;
    const at = text.length - head.length;
    const out = [...blocks.slice(0, i), { ...blocks[i]!, text: text.slice(0, at).trim() }, { ...blocks[i]!, text: head }, ...blocks.slice(i + 1)];
    const origin: Origin[] = out.map((_, k) => (k <= i ? { block: k, offset: 0 } : k === i + 1 ? { block: i, offset: at } : { block: k - 1, offset: 0 }));
    return { blocks: out, origin };
  }
  return null;
}
