// The shared article segmenter: blocks (from a DOM or from plain text) -> stories with source maps.
import type { Block, Segmentation } from '../types';
import { buildArticle } from './article';
import { plan } from './boundaries';
import { classify } from './classify';
import { stripSiteName } from './headline';

export interface SegmentOptions {
  /** The page title (document.title), used to tell the story's headline from the site name. */
  title?: string;
  lang?: string | null;
}

export function segment(blocks: Block[], options: SegmentOptions = {}): Segmentation {
  const infos = blocks.map(classify);
  const title = options.title?.trim() || undefined;
  const p = plan(blocks, infos, title);
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
