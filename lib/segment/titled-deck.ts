// A page text opening on the page's title, then its date and source lines, then the story's own headline over a
// dashed deck that prints the page's title again ("将…去" / "——…侧记" under "…侧记"): sites title the page by the
// story's deck (a 侧记's or 通讯's subtitle names the piece), so the first line is no headline but the page's title.
// The reading takes the first headline-like line for the story's headline, leaving the real headline a rubric and
// dropping the deck as an echo of it. The line a dashed deck stands under is the story's headline by layout
// (dashed-deck.ts): when the deck repeats the first line word for word, that line heads the story over its deck and
// the first line is a rubric (issue 12, round 52). One look at a few lines under the headline.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isDashedDeck } from './dashed-deck';
import { isHeadlineCandidate, isProse } from './page-headline';
import { bareWords } from './bare-words';

/** How far under the page's title its headline over the deck may stand (date, time, source lines between). */
const REACH = 6;

/**
 * The lone story headed by the page's first line, a dashed deck repeating that line a few lines down: the line over
 * the deck heads the story with the deck under it, the first line is a rubric.
 */
export function withTitleRepeatingDeck(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  if (p.articles.length !== 1) return p;
  const a = p.articles[0]!;
  const h = a.headline;
  if (h < 0 || a.head[0] !== h) return p;
  const title = bareWords(blocks[h]?.text ?? '');
  if (title.length < 4) return p;
  const last = Math.min(blocks.length - 1, h + REACH);
  for (let k = h + 2; k <= last; k++) {
    const text = blocks[k]?.text ?? '';
    const info = infos[k] as BlockInfo;
    if (isDashedDeck(text) && bareWords(text) === title) {
      const over = k - 1;
      if (over <= h || !isHeadlineCandidate(blocks[over] as Block, infos[over] as BlockInfo)) return p;
      if (bareWords(blocks[over]?.text ?? '') === title) return p;
      const head = [over, k];
      const inHead = new Set(head);
      // The story's date and source lines the reading kept in its body stay there; the page's title is a rubric.
      const body = [...a.head.filter((x) => x > k), ...a.body.filter((x) => !inHead.has(x))].sort((x, y) => x - y);
      if (!body.some((x) => x > k)) return p;
      const rubricBlocks = [...p.rubricBlocks.filter((x) => !inHead.has(x)), ...a.head.filter((x) => x < k && !inHead.has(x))];
      return { articles: [{ ...a, head, headline: over, body }], rubricBlocks: [...new Set(rubricBlocks)].sort((x, y) => x - y) };
    }
    // Nothing but the page's date, time and source lines between the title and the headline over the deck.
    if (isProse(blocks[k] as Block, info) || info.dateline || info.byline) return p;
  }
  return p;
}
