// A page of briefs whose text opens inside an item (an excerpt, a page read from its second item on): the item's
// paragraphs stand above the first story's headline, closed by the item's source line in brackets ("（来源：文化部）",
// "(來源:新華社)"). A source line closes a story's text, so the paragraphs above it are a story's, not the page's
// banners: they are made a headless story of their own (the source line stays where the plan put it). One pass back from the first story
// over the rubrics right above it.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';

/** A source line in brackets alone: "（来源：文化部）", "(來源:新華社)", "【稿源：人民网】". */
const SOURCE_LINE = /^\s*[（(【\[]\s*(?:来源|來源|稿源|稿件来源|稿件來源|信息来源|信息來源)\s*[:：]\s*[^（()）【】\[\]]{1,30}[)）】\]]\s*$/;
/** A paragraph of running text: long enough to hold a sentence, closed by a sentence's stop. */
const MIN_PARAGRAPH = 40;
const STOP = /[。！？!?.…”"’」』]\s*$/;

function isParagraph(text: string, info: BlockInfo | undefined): boolean {
  return !!info && !info.title && !info.markerOnly && !info.pageLabel && text.trim().length >= MIN_PARAGRAPH && STOP.test(text);
}

/** The plan with the paragraphs above its first story, closed by a bracketed source line, made a headless story. */
export function withCreditedOpening(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  const first = p.articles[0];
  if (!first || first.headline < 0) return p;
  const credit = Math.min(first.head[0] ?? Infinity, first.body[0] ?? Infinity) - 1;
  if (credit < 1 || !SOURCE_LINE.test(blocks[credit]?.text ?? '')) return p;
  const rubrics = new Set(p.rubricBlocks);
  // The item's paragraphs: the run of rubric paragraphs right above the source line.
  let top = credit;
  while (top > 0 && rubrics.has(top - 1) && isParagraph(blocks[top - 1]?.text ?? '', infos[top - 1])) top--;
  if (top === credit) return p;
  const body: number[] = [];
  for (let k = top; k < credit; k++) body.push(k);
  return { rubricBlocks: p.rubricBlocks.filter((r) => r < top || r >= credit), articles: [{ head: [], headline: -1, body }, ...p.articles] };
}
