// A list page whose items each close on a teaser the site cut with an ellipsis ("…做到打算。不过,对于这种尝试,部分
// 国内足球界..."), stored from inside its first item: that item's teaser, its headline lost, stands above the first
// headline. Left among the page's rubrics, it is made a headless story of its own, as the first read-on teaser is
// (read-on-teasers.ts). Only a paragraph of running text (no headline-like line) cut the same way, right above the
// first story, and only where most of the page's stories close so. One pass over the plan's stories.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';

/** A paragraph the site cut off: one ellipsis at its end, not the doubled "……" of a writer's pause. */
const CUT_END = /(?:[^…]…|[^.]\.{3})\s*$/;
/** Stories closed by a cut teaser that make the page a listing of them. */
const MIN_CUT = 2;
/** Text of a teaser's own. */
const MIN_TEASER = 40;

function cutText(text: string): boolean {
  return text.length >= MIN_TEASER && CUT_END.test(text);
}

/** The plan with a cut teaser left above the first of a listing's cut-teaser stories made a headless story. */
export function withCutOpening(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  const first = p.articles[0];
  if (p.articles.length < MIN_CUT || !first) return p;
  let cut = 0;
  for (const a of p.articles) {
    const last = a.body[a.body.length - 1];
    if (last !== undefined && cutText(blocks[last]?.text ?? '')) cut++;
  }
  if (cut < MIN_CUT || cut * 2 < p.articles.length) return p;
  const k = Math.min(first.head[0] ?? Infinity, first.body[0] ?? Infinity) - 1;
  if (k < 0 || infos[k]?.title || !cutText(blocks[k]?.text ?? '') || !p.rubricBlocks.includes(k)) return p;
  return { rubricBlocks: p.rubricBlocks.filter((r) => r !== k), articles: [{ head: [], headline: -1, body: [k] }, ...p.articles] };
}
