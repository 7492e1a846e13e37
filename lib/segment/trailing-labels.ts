// A page's section label in brackets ("【国际局势】", "[体育]") set over the next story's headline opens a section of
// the page: it heads no story and ends none. Where the plan leaves it as the last paragraph of the story above, it
// is taken out as a rubric, as the page's first label above the first story is. One pass over the plan's stories.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';

/** A label line in brackets alone: "【俄乌局势】", "〔要闻〕", "[World]". */
const BRACKET_LABEL = /^\s*[【\[〔][^】\]〕]{1,20}[】\]〕]\s*$/;

/** The plan with bracketed section labels ending a story, right above a headlined one, made rubrics. */
export function withoutTrailingLabels(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  let moved: number[] | null = null;
  const articles = p.articles.map((a, i) => {
    const next = p.articles[i + 1];
    const last = a.body[a.body.length - 1];
    if (!next || last === undefined || a.body.length < 2 || next.headline < 0 || next.head[0] !== last + 1) return a;
    if (!infos[last]?.title || !BRACKET_LABEL.test(blocks[last]?.text ?? '')) return a;
    (moved ??= []).push(last);
    return { ...a, body: a.body.slice(0, -1) };
  });
  if (!moved) return p;
  return { articles, rubricBlocks: [...p.rubricBlocks, ...(moved as number[])].sort((x, y) => x - y) };
}
