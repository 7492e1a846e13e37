// A page text that opens on its headline over the story's lead, with no date or source line between to name the
// headline, and section heads further down (an interview's "踩着改革创新的鼓点进入人民日报" / "13年平均每年200多个夜班"
// over its first turn): the reading of a lone story start takes the heads for the story's headline group and leaves
// the page's headline and lead above them as rubrics, text lost from the story. A headline line opening the page
// right over prose is the story's headline, its lead the story's text, and the heads below its sections: the page
// is read as one story under its own headline (singlePlan). Only where that lone reading leaves the lead above it:
// one article, the page's first line a Chinese headline candidate, and a paragraph of prose between it and the start.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isHeadlineCandidate, isProse } from './page-headline';
import { cjkCount } from './sentence';


/** Whether the lone story `p` leaves, above its start, the page's headline line over a paragraph of prose. */
export function leavesHeadedLead(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): boolean {
  if (p.articles.length !== 1) return false;
  const a = p.articles[0]!;
  const start = Math.min(a.head[0] ?? Infinity, a.body[0] ?? Infinity);
  if (!Number.isFinite(start) || start < 2) return false;
  // The page's first line that is no furniture.
  let top = 0;
  while (top < start && infos[top]?.markerOnly) top++;
  if (top >= start - 1 || !isHeadlineCandidate(blocks[top] as Block, infos[top] as BlockInfo)) return false;
  // A Chinese headline line: an old English front page's OCR text opens on its masthead over the paper's motto.
  const line = (blocks[top] as Block).text;
  if (cjkCount(line) * 2 < line.replace(/\s+/gu, '').length) return false;
  const next = top + 1;
  // Right under it the lead: prose opening no story of its own (no dateline, byline or credited picture).
  const info = infos[next] as BlockInfo;
  if (info.dateline || info.byline || info.credit || info.openingByline || !isProse(blocks[next] as Block, info)) return false;
  // Between the lead and the start no other headline line: a second headline would be a story of its own.
  for (let k = next + 1; k < start; k++) if (infos[k]?.title) return false;
  return p.rubricBlocks.includes(next);
}
