// An index box read as a story: a page's head lines (a path, the digest's title, a time stamp, a label) over a run
// of marked lines ("✦ 特朗普呼吁多国派遣军舰…"), each a headline of the page, none a sentence. No line under the head
// says anything of its own: the box is the page's index, rubrics, and the stories are the ones after it. Read only
// where other stories stand on the page. One pass over the stories' blocks.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import { itemNumber } from './numbers';
import type { BlockInfo } from './classify';
import { SENTENCE_STOP } from './sentence';

/** A dingbat mark (✦ ✧ ❖ ➤) or a bullet opening a line, besides the item marks of numbers.ts. */
const DINGBAT = /^\s*[\u2700-\u27BF•]\uFE0F?\s*\S/u;
/** Marked lines an index box shows at least. */
const MIN_MARKED = 3;

function isIndexBox(body: readonly number[], blocks: readonly Block[]): boolean {
  let marked = 0;
  for (const k of body) {
    const text = blocks[k]?.text ?? '';
    if (SENTENCE_STOP.test(text)) return false;
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

/** Page labels an e-paper's list of its pages shows at least ("01版:要闻", "02版:要闻", "03版:读桂·关注", …). */
const MIN_LABELS = 3;

/**
 * An e-paper page opening on the list of the day's pages ("01版:要闻" … "16版:早上好", and a pager line under it,
 * "前一版 下一版 2025年09月19日"), read as the first story's head and text: the list is the paper's index, rubrics,
 * and the story is what stands under it, headed by its title line where one stands over its text. One pass over
 * the first story's blocks.
 */
export function withoutPageList(p: Plan, infos: readonly BlockInfo[]): Plan {
  const first = p.articles[0];
  if (!first || first.runIn) return p;
  const blocks = [...first.head, ...first.body];
  let n = 0;
  let labels = 0;
  for (; n < blocks.length; n++) {
    const info = infos[blocks[n]!];
    if (!info?.pageLabel && !info?.markerOnly) break;
    if (info.pageLabel) labels++;
  }
  if (labels < MIN_LABELS || n === blocks.length) return p;
  const rest = blocks.slice(n);
  const titled = !!infos[rest[0]!]?.title && rest.length > 1 && !infos[rest[1]!]?.title;
  const story = titled ? { head: [rest[0]!], headline: rest[0]!, body: rest.slice(1) } : { head: [], headline: -1, body: rest };
  const rubricBlocks = [...p.rubricBlocks, ...blocks.slice(0, n)].sort((x, y) => x - y);
  return { rubricBlocks, articles: [story, ...p.articles.slice(1)] };
}
