// An index box read as a story: a page's head lines (a path, the digest's title, a time stamp, a label) over a run
// of marked lines ("✦ 特朗普呼吁多国派遣军舰…"), each a headline of the page, none a sentence. No line under the head
// says anything of its own: the box is the page's index, rubrics, and the stories are the ones after it. Read only
// where other stories stand on the page. One pass over the stories' blocks.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import { itemNumber } from './numbers';

/** A sentence's stop anywhere in a line: the line says something, no headline of an index. */
const STOP = /[。！？!?]|\.(?:\s|$)/u;
/** A dingbat mark (✦ ✧ ❖ ➤) or a bullet opening a line, besides the item marks of numbers.ts. */
const DINGBAT = /^\s*[\u2700-\u27BF•]\uFE0F?\s*\S/u;
/** Marked lines an index box shows at least. */
const MIN_MARKED = 3;

function isIndexBox(body: readonly number[], blocks: readonly Block[]): boolean {
  let marked = 0;
  for (const k of body) {
    const text = blocks[k]?.text ?? '';
    if (STOP.test(text)) return false;
    if (itemNumber(text) === 0 || DINGBAT.test(text)) marked++;
  }
  // Most of the box's lines are marked: a few head lines above them at most.
  return marked >= MIN_MARKED && marked * 2 > body.length;
}

/** The plan with stories that are index boxes made rubrics, while another story stands. */
export function withoutIndexBoxes(p: Plan, blocks: readonly Block[]): Plan {
  if (p.articles.length < 2) return p;
  const boxes = new Set(p.articles.filter((a) => !a.runIn && isIndexBox(a.body, blocks)));
  if (!boxes.size || boxes.size === p.articles.length) return p;
  const rubric = new Set(p.rubricBlocks);
  for (const a of boxes) for (const k of [...a.head, ...a.body]) rubric.add(k);
  return { rubricBlocks: [...rubric].sort((x, y) => x - y), articles: p.articles.filter((a) => !boxes.has(a)) };
}
