// A lone story headed by a column's bare name (two to five Han characters, "缤纷史探") right over its text, the page's
// own headline standing a few lines above it with only the picture's caption and the page's tools between them
// ("报人的身影 ——郑文辉《笑傲报林》" / "文辉著《笑傲报林》封面。" / "字体大小:" / "缤纷史探" / text, issue 12 round 61): a
// newspaper's supplement page prints the piece's headline, its lead picture, the font tools, then the column's name
// over the standfirst. The line nearest the text was taken as the headline, the headline above it left a rubric. But a
// headline carries the story's words and a column's name carries none of them: a label of two to five Han characters
// under a headline line twice its length or more, no pair of characters in common (label-under.ts), with no more than
// MAX_BETWEEN caption, tool or furniture lines between them, is the column's name, a rubric, and the line above heads
// the story. Reads a few lines above the lone story's head only: constant time.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isLabelUnderHeadline } from './label-under';
import { isHeadlineCandidate } from './page-headline';

/** Lines between the headline and the label: the lead picture's caption, the font tools. */
const MAX_BETWEEN = 3;
/** A caption between them: one short sentence closed by its stop. */
const CAPTION = /^[^。！？!?]{2,40}[。！？!?]$/u;

/** A page tool's label with its value left out, a field with nothing after its colon ("字体大小:"). */
const EMPTY_FIELD = /^[\u3400-\u9fff]{2,6}\s*[:：]$/u;

/** A line between headline and label: page furniture, a tool's empty field, or a short sentence captioning the picture. */
function isBetween(block: Block, info: BlockInfo): boolean {
  const t = block.text.trim();
  return info.markerOnly || !!info.caption || !!info.credit || EMPTY_FIELD.test(t) || CAPTION.test(t);
}

/** The lone story headed by a column label under the page's headline: the headline heads it, the label a rubric. */
export function withHeadlineOverColumnLabel(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  if (p.articles.length !== 1) return p;
  const a = p.articles[0]!;
  const h = a.headline;
  if (h < 1 || a.head.length !== 1 || a.head[0] !== h || a.body[0] !== h + 1) return p;
  const label = blocks[h]!.text;
  const rubrics = new Set(p.rubricBlocks);
  for (let u = h - 1; u >= 0 && u >= h - 1 - MAX_BETWEEN; u--) {
    if (!rubrics.has(u)) return p;
    const block = blocks[u]!;
    const info = infos[u]!;
    if (isHeadlineCandidate(block, info)) {
      if (!isLabelUnderHeadline(block.text, label)) return p;
      return { articles: [{ ...a, head: [u], headline: u }], rubricBlocks: [...p.rubricBlocks.filter((k) => k !== u), h].sort((x, y) => x - y) };
    }
    if (!isBetween(block, info)) return p;
  }
  return p;
}
