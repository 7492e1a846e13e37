// A briefs column's first item whose headline the page lost: under the column's name ("AP News in Brief at 5:58
// a.m."), above the page's first story start, several whole paragraphs of a story's length are that item, not
// the column's standfirst (a standfirst is a sentence or two: "Catch up quickly on the stories that matter").
import type { Block } from '../types';
import type { ArticleParts } from './article';
import type { BlockInfo } from './classify';
import { MAX_INTRO } from './facts';
import { endsSentence } from './sentence';

/** Paragraphs of a brief: several, each a whole sentence or more. */
const MIN_PARAS = 3;
const MIN_PARA = 40;

/**
 * The lead run's paragraphs as a headless item, and the blocks above them as the column's banners; null when the
 * run's text reads as a standfirst (few or short paragraphs, or one that breaks off).
 */
export function lostHeadBrief(run: readonly number[], blocks: Block[], infos: BlockInfo[]): { item: ArticleParts; banners: number[] } | null {
  let last = -1;
  for (let q = 0; q < run.length; q++) if (infos[run[q] as number]?.title) last = q;
  const text = run.slice(last + 1).filter((k) => !infos[k]?.markerOnly);
  if (text.length < MIN_PARAS) return null;
  let chars = 0;
  for (const k of text) {
    const t = blocks[k]?.text ?? '';
    if (t.length < MIN_PARA || !endsSentence(t) || infos[k]?.byline || infos[k]?.dateline || infos[k]?.credit) return null;
    chars += t.length;
  }
  if (chars < 2 * MAX_INTRO) return null;
  return { item: { head: [], headline: -1, body: run.slice(last + 1) }, banners: run.slice(0, last + 1).filter((k) => !infos[k]?.markerOnly) };
}
