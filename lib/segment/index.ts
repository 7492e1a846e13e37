// The shared article segmenter: blocks (from a DOM or from plain text) -> stories with source maps.
import type { Block, Segmentation } from '../types';
import { buildArticle } from './article';
import { plan, singlePlan, type Plan } from './boundaries';
import { classify, markEchoedHeadlines, type BlockInfo } from './classify';
import { markBulletedHeadlines } from './bullet-heads';
import { markCaptionHeadlines } from './caption-heads';
import { mapBack, splitTailHeads, type Origin } from './tail-heads';
import { splitMetaTails } from './meta-tails';
import { stripSiteName } from './headline';

export interface SegmentOptions {
  /** The page title (document.title), used to tell the story's headline from the site name. */
  title?: string;
  lang?: string | null;
  /**
   * The page states that it holds one story (its structured data names one article; og:type "article"): the
   * reading of several stories stands only on strong evidence of its own, two stories or more that each carry a
   * dateline or an agency credit. Section headings, list items and teasers then stay inside the one story.
   */
  oneStory?: boolean;
}

/** Stories of their own by newspaper grammar: each opened by a dateline or closed by an agency credit. */
const OWN_DATELINES = 2;

export function segment(blocks: Block[], options: SegmentOptions = {}): Segmentation {
  // Headlines run onto the paragraph before them are split off first; the source maps point at the given blocks.
  // So is the meta closing headline lines ("… 2024年03月13日|文:…").
  let given = blocks;
  let origin: Origin[] | null = null;
  for (const split of [splitTailHeads, splitMetaTails]) {
    const s = split(given);
    if (!s) continue;
    origin = s.origin.map((o) => (origin ? { block: origin[o.block]!.block, offset: origin[o.block]!.offset + o.offset } : o));
    given = s.blocks;
  }
  return origin ? mapBack(segmentBlocks(given, options), origin) : segmentBlocks(blocks, options);
}

function segmentBlocks(blocks: Block[], options: SegmentOptions): Segmentation {
  const infos = blocks.map(classify);
  markEchoedHeadlines(blocks, infos);
  markCaptionHeadlines(blocks, infos);
  markBulletedHeadlines(blocks, infos);
  const title = options.title?.trim() || undefined;
  const p = plan(blocks, infos, title);
  const seg = build(p, blocks, infos, title);
  if (!options.oneStory || seg.articles.length < 2) return seg;
  if (seg.articles.filter((a) => a.dateline).length >= OWN_DATELINES) return seg;
  return build(singlePlan(blocks, infos, title), blocks, infos, title);
}

function build(p: Plan, blocks: Block[], infos: BlockInfo[], title: string | undefined): Segmentation {
  const rubrics: string[] = p.rubricBlocks.map((k) => blocks[k]?.text ?? '').filter(Boolean);
  const articles = [];
  for (const parts of p.articles) {
    const fallback = p.articles.length === 1 && title ? stripSiteName(title) : '';
    const built = buildArticle(parts, blocks, infos, fallback);
    rubrics.push(...built.rubrics.filter((r) => !rubrics.includes(r)));
    const a = built.article;
    // A headline with no text under it is no story (an empty page, a page of navigation): it stays a rubric.
    if (!a.paragraphs.length && !a.fragments.length) {
      for (const line of [a.headline, a.subheadline]) if (line && line !== fallback && !rubrics.includes(line)) rubrics.push(line);
      continue;
    }
    articles.push(a);
  }
  return { rubrics, articles };
}
