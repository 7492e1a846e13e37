// A digest of headless items set under section labels ("要闻", "国内", "World"): where the plan reads the items of
// the later sections as headless stories, an item right under an earlier label, above the first story, is left
// among the rubrics with the digest's head lines. A paragraph of running text right under a section label is an
// item as its fellows are, not the digest's introduction (which follows the title or the byline, not a label).
// Only where every story of the plan is headless (a page of items, no headlined story a label could belong to).
// One pass over the rubrics above the first story.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isLabel } from './facts';

/** Headless stories that make the page a digest of items. */
const MIN_ITEMS = 2;
/** A brief's length: a sentence at least, and no longer than a brief runs. */
const MIN_BRIEF = 40;
const MAX_BRIEF = 2000;
const STOP = /[。！？!?.…”"’」』]\s*$/;
/** A label names a section; one with a sentence's marks is a greeting or a line of text ("早安!"). */
const SENTENCE_MARK = /[。！？!?，,：:；;…]/;

function isSectionLabel(text: string, info: BlockInfo | undefined): boolean {
  return !!info?.title && isLabel(text) && !SENTENCE_MARK.test(text);
}

function isBrief(text: string, info: BlockInfo | undefined): boolean {
  const t = text.trim();
  return !!info && !info.title && !info.markerOnly && !info.byline && !info.pageLabel && !info.caption && t.length >= MIN_BRIEF && t.length <= MAX_BRIEF && STOP.test(t);
}

/** The plan with the items under section labels above its first story made headless stories. */
export function withLabelledBriefs(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  const first = p.articles[0];
  if (!first || p.articles.length < MIN_ITEMS || p.articles.some((a) => a.head.length > 0 || a.runIn)) return p;
  const start = first.body[0] ?? 0;
  const rubrics = new Set(p.rubricBlocks);
  const items: number[] = [];
  // A label with a line above it (the digest's title is no section label), then the item under it.
  for (let k = 2; k < start; k++) {
    if (!rubrics.has(k) || !rubrics.has(k - 1) || !isSectionLabel(blocks[k - 1]?.text ?? '', infos[k - 1])) continue;
    if (isBrief(blocks[k]?.text ?? '', infos[k])) items.push(k);
  }
  if (!items.length) return p;
  const taken = new Set(items);
  return {
    rubricBlocks: p.rubricBlocks.filter((r) => !taken.has(r)),
    articles: [...items.map((k) => ({ head: [], headline: -1, body: [k] })), ...p.articles],
  };
}
