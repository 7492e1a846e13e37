// A page text opening on its headline over a dashed deck ("趙家窪" / "—— 一個村庄的消失與重生"), then only the page's
// furniture and pictures (a >> path, share and comment widgets, picture file names and their captions) before a
// part head and its subhead over the text: the reading of a lone story start takes the part head for the story's
// headline and leaves the page's headline and deck above it as rubrics. A deck is set only under a story's own
// headline (dashed-deck.ts), so the line it signs is the page's headline; with no paragraph of prose between the deck
// and the story's start, nothing above the start is a story of its own, and the page is read as one story under its
// own headline (singlePlan), the heads below its sections (issue 12, round 48). One pass over the lines above the start.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isDashedDeck } from './dashed-deck';
import { isHeadlineCandidate, isProse } from './page-headline';

/**
 * The lone story `p` heads, its start left under the page's headline line over its dashed deck with no prose
 * between: the headline and deck head the story, the story's own head lines and text its body, the lines between
 * (path, widgets, pictures) stay rubrics.
 */
export function withDeckedHead(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  if (p.articles.length !== 1) return p;
  const a = p.articles[0]!;
  // (The story's own head; furniture lines the reading keeps with the story may stand above it in its body.)
  const start = a.head[0] ?? a.body[0] ?? Infinity;
  if (!Number.isFinite(start) || start < 3) return p;
  // The page's first line that is no furniture, over its deck, both left above the story as rubrics.
  let top = 0;
  while (top < start && infos[top]?.markerOnly) top++;
  if (top + 2 > start || !isHeadlineCandidate(blocks[top] as Block, infos[top] as BlockInfo)) return p;
  if (!isDashedDeck(blocks[top + 1]?.text ?? '')) return p;
  if (!p.rubricBlocks.includes(top) || !p.rubricBlocks.includes(top + 1)) return p;
  // Between the deck and the start no prose, no headline line signed by its own deck, no story's grammar.
  for (let k = top + 2; k < start; k++) {
    const info = infos[k] as BlockInfo;
    if (info.dateline || info.byline || info.openingByline || isProse(blocks[k] as Block, info)) return p;
    if (isDashedDeck(blocks[k]?.text ?? '')) return p;
  }
  const body = [...a.head, ...a.body.filter((k) => k >= start)];
  const above = a.body.filter((k) => k < start);
  const rubricBlocks = [...p.rubricBlocks.filter((k) => k !== top && k !== top + 1), ...above].sort((x, y) => x - y);
  return { articles: [{ head: [top, top + 1], headline: top, body }], rubricBlocks };
}
