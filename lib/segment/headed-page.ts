// A page text that opens on its headline (under nothing but a bare column label, "文旅") straight over the story's
// lead, with no date, source or byline line anywhere to part it into stories, and further down heads of one line each
// in a section head's form, a short theme, a colon and a short phrase ("哈尔滨:坎坷新闻路"), over plain prose: a
// memoir's or an essay's section heads, not stories of their own. Stories of a page of several carry their own
// grammar (a dateline, a byline, a credit, a deck) or headlines of their own form; these carry neither, so the page is
// read as one story under its own headline. Each block is read once: linear in the page.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isHeadlineCandidate, isProse } from './page-headline';
import { ownsGrammar, storyOwnsGrammar } from './named-sections';

/** A section head: a short theme, a colon, a short phrase ("哈尔滨:坎坷新闻路", "读者之缘:从一见钟情到一往情深"). */
const SECTION_HEAD = /^\p{Script=Han}{2,5}[:：]\p{Script=Han}{2,12}$/u;
/** A column label: two to four Han characters and nothing else. */
const LABEL = /^\p{Script=Han}{2,4}$/u;

/** Whether the plan's stories are one headed page's sections: see the head of this file. */
export function isHeadedPage(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): boolean {
  if (p.articles.length < 2) return false;
  const first = p.articles[0]!;
  const h = first.headline;
  if (h < 0 || first.head.length !== 1 || first.head[0] !== h) return false;
  // Above the headline nothing but furniture and at most one bare label line.
  let top = 0;
  while (top < h && infos[top]?.markerOnly) top++;
  if (top < h && !(top === h - 1 && LABEL.test((blocks[top] as Block).text.trim()))) return false;
  if (!isHeadlineCandidate(blocks[h] as Block, infos[h] as BlockInfo)) return false;
  const lead = first.body[0];
  if (lead !== h + 1 || ownsGrammar(infos[lead]) || !isProse(blocks[lead] as Block, infos[lead] as BlockInfo)) return false;
  for (const [k, a] of p.articles.entries()) {
    if (k > 0 && (a.head.length !== 1 || a.headline !== a.head[0] || !a.body.length || !SECTION_HEAD.test((blocks[a.headline] as Block).text.trim()))) return false;
    if (storyOwnsGrammar(a, infos)) return false;
  }
  return true;
}
