// A listing of teasers each closed by the site's read-on link (">>详情", "阅读全文", "Read more »"): a paragraph after
// such a link opens the next teaser, and the first teaser, under the listing's head lines (a date line, the column's
// introduction), is a teaser too. Where two stories or more close with the link, headless, the first teaser is one
// more: left among the rubrics above the first story, it is made a story of its own; read as a story under the head
// lines, those lines are the listing's and stay rubrics (its fellow teasers have no headline, nor has it). One pass
// over the plan's stories and rubrics.
import type { Block } from '../types';
import type { ArticleParts } from './article';
import type { Plan } from './boundaries';
import { endsInReadOn } from './facts';
import { isLoneReadOn } from './lone-links';

/** Headless stories closed by the read-on link that make the page a listing of teasers. */
const MIN_CLOSED = 2;

/** The block ends in the read-on link, or the link stands alone on the line after it ("Read More →", lone-links.ts). */
function endsInLink(blocks: readonly Block[], k: number): boolean {
  const t = blocks[k]?.text ?? '';
  return endsInReadOn(t) || (!isLoneReadOn(t) && /[.!?。！？"”」]\s*$/.test(t) && isLoneReadOn(blocks[k + 1]?.text ?? ''));
}

function closed(a: ArticleParts, blocks: readonly Block[]): boolean {
  let last = a.body[a.body.length - 1];
  // (The lone link line read into the story's body closes it just the same.)
  if (last !== undefined && isLoneReadOn(blocks[last]?.text ?? '') && a.body.length > 1) last = a.body[a.body.length - 2];
  return last !== undefined && endsInLink(blocks, last);
}

/** The plan with the first read-on teaser made a headless story of its own, its listing's head lines rubrics. */
export function withFirstTeaser(p: Plan, blocks: readonly Block[]): Plan {
  const first = p.articles[0];
  if (p.articles.length < MIN_CLOSED || !first) return p;
  let teasers = 0;
  for (const a of p.articles) if (!a.head.length && !a.runIn && closed(a, blocks)) teasers++;
  if (teasers < MIN_CLOSED) return p;
  // The first story is one teaser under head lines: the lines are the listing's.
  if (first.head.length && !first.runIn && first.body.length === 1 && closed(first, blocks)) {
    const rubricBlocks = [...p.rubricBlocks, ...first.head].sort((x, y) => x - y);
    return { rubricBlocks, articles: [{ head: [], headline: -1, body: first.body }, ...p.articles.slice(1)] };
  }
  // The first teaser left among the rubrics right above the first story.
  let k = Math.min(first.head[0] ?? Infinity, first.body[0] ?? Infinity) - 1;
  // (Over the link on a line alone, when the page sets its links so.)
  if (k > 0 && isLoneReadOn(blocks[k]?.text ?? '') && p.rubricBlocks.includes(k)) k--;
  if (k < 0 || !p.rubricBlocks.includes(k) || !endsInLink(blocks, k)) return p;
  return { rubricBlocks: p.rubricBlocks.filter((r) => r !== k), articles: [{ head: [], headline: -1, body: [k] }, ...p.articles] };
}
