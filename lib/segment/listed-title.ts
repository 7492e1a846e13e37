// An e-paper article page prints the story's title twice: once as the item of the page's headline list, the title's
// parts on one line parted by spaces ("出席…国事访问 习近平抵达金奈 与印度总理莫迪举行会见"), then over the text, one
// part (or one printed line of a part) a line: the kicker (引题), here wrapped over two lines, the headline (主题),
// the deck (副题). The list item tells which lines make one part: lines run together in it with no space between
// are one part. A title of three parts is kicker, headline and deck, the headline the middle one, as the papers set
// them; the list item is the title's echo, no line of it. (Two parts may be kicker and headline or headline and
// deck: the item does not tell, and the reading stands.)
import type { Block } from '../types';
import type { Plan } from './boundaries';

/** Lines of a headline group looked at, at most. */
const MAX_HEAD = 8;
const PARTS = 3;

function key(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** The groups of lines (indices into `lines`) the list item's spaces part, or null when the item is not their run. */
function groups(item: string, lines: string[]): number[][] | null {
  // Where the item has a space before a character (in the key's positions).
  const spaced = new Set<number>();
  let n = 0;
  let space = false;
  for (const c of item.normalize('NFKC')) {
    if (/\s/u.test(c)) {
      space = true;
      continue;
    }
    if (space && n > 0) spaced.add(n);
    space = false;
    n += c.length;
  }
  if (key(item) !== lines.map(key).join('')) return null;
  const out: number[][] = [];
  let at = 0;
  lines.forEach((l, i) => {
    if (i === 0 || spaced.has(at)) out.push([i]);
    else (out[out.length - 1] as number[]).push(i);
    at += key(l).length;
  });
  return out;
}

/**
 * The plan with a listed title's middle part as the headline of its story: the title's lines are the story's
 * headline group (whether the reading took them as its head or left them above it as rubrics), the list item over
 * them a rubric.
 */
export function withListedTitle(p: Plan, blocks: readonly Block[]): Plan {
  let rubricBlocks = p.rubricBlocks;
  let changed = false;
  const rubric = new Set(rubricBlocks);
  const articles = p.articles.map((a) => {
    if (!a.head.length || a.runIn) return a;
    const end = a.head[a.head.length - 1] as number;
    const inHead = new Set(a.head);
    // The run of head and rubric lines ending on the head's last line, looked at from its top.
    let top = end;
    while (top > 0 && end - top < MAX_HEAD && (inHead.has(top - 1) || rubric.has(top - 1))) top--;
    for (let item = top; end - item >= PARTS; item++) {
      const lines: number[] = [];
      for (let k = item + 1; k <= end; k++) lines.push(k);
      const g = groups(blocks[item]?.text ?? '', lines.map((k) => blocks[k]?.text ?? ''));
      if (!g) continue;
      if (g.length !== PARTS || (g[1] as number[]).length !== 1) return a;
      changed = true;
      rubricBlocks = [...rubricBlocks.filter((k) => k < item || k > end), item];
      const above = a.head.filter((k) => k < item);
      for (const k of above) rubricBlocks.push(k);
      return { ...a, head: lines, headline: lines[(g[1] as number[])[0] as number] as number };
    }
    return a;
  });
  return changed ? { ...p, articles, rubricBlocks: rubricBlocks.sort((x, y) => x - y) } : p;
}
