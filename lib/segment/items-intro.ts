// A page title and its introduction over a column of marked items: a blog post or page reprinting a police log or a
// list of briefs opens with its title and a paragraph or two saying what the list is ("Few cities publish a police
// blotter… I feel it is my civic duty to share…", "The reports below were taken from…"), then items that each open
// with the same kind of mark, a bullet, a number or a clock time and a dash. Where every story start of the page is
// such a marked headless item, four or more, and the prose above the first one carries no mark and nothing a story
// opens with (a dateline, a byline, a credited picture), that prose introduces the items: it is the page's
// standfirst under its title, no story. (A brief of its own above marked items would be marked as they are, or open
// as a story does.) A byline right under the title ("by Jane Doe" under a weekly round-up's title) opens a story
// where it stands (starts.ts), so the introduction under it read as a story (headless, or under the title) above
// the items; a byline between the title and an introduction over four marked items or more signs the page as the
// title heads it: the title, the byline and the introduction are the page's standfirst (signedIntroduction). Looks
// at the run above the first start and at each start's first block once: linear.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { opensWithClock } from './clock-items';
import { isBulleted } from './marked-column';
import { itemNumber } from './numbers';
import type { Candidate } from './starts';

/** Marked items under the introduction: at least this many. */
const MIN_ITEMS = 4;
/** An introduction is a paragraph or two. */
const MAX_INTRO_PARAGRAPHS = 2;

/** The paragraph opens with an item's mark: a bullet, a number, a clock time and a dash. */
function marked(text: string): boolean {
  return isBulleted(text) || itemNumber(text) >= 0 || opensWithClock(text);
}

/**
 * Whether `run`, the blocks above the page's first start, is a title and an introduction over the page's starts, all
 * of them marked headless items.
 */
export function introducesMarkedItems(run: readonly number[], starts: readonly Candidate[], blocks: readonly Block[], infos: readonly BlockInfo[]): boolean {
  if (starts.length < MIN_ITEMS) return false;
  for (const s of starts) {
    if (s.kind !== 'item' || s.head !== s.body || !marked(blocks[s.body]?.text ?? '')) return false;
  }
  let paragraphs = 0;
  let titled = false;
  for (const k of run) {
    const info = infos[k];
    if (!info || info.markerOnly) continue;
    if (info.title) {
      if (paragraphs) return false;
      titled = true;
      continue;
    }
    const text = blocks[k]?.text ?? '';
    if (info.dateline || info.byline || marked(text)) return false;
    if (/[.!?。！？]["”’)]?\s*$/.test(text)) paragraphs++;
  }
  return titled && paragraphs >= 1 && paragraphs <= MAX_INTRO_PARAGRAPHS;
}

/**
 * The blocks of a title, its byline and an introduction where the page's first start is opened by that byline right
 * under the title, or by the title over it (the title lines above the first start, or heading it), and every later
 * start is a marked headless item, four or more; null otherwise. The first start's blocks run to the second start.
 */
export function signedIntroduction(run: readonly number[], starts: readonly Candidate[], blocks: readonly Block[], infos: readonly BlockInfo[]): number[] | null {
  const first = starts[0];
  const next = starts[1];
  if (!first || !next || first.runIn) return null;
  const intro = [...run];
  for (let k = first.head; k < next.head; k++) intro.push(k);
  // Title lines, then one byline, then the introduction's paragraphs (checked below).
  let titled = false;
  let byline = -1;
  for (const k of intro) {
    const info = infos[k];
    if (!info || info.markerOnly) continue;
    if (byline < 0 && info.byline && !info.dateline) {
      if (!titled) return null;
      byline = k;
      continue;
    }
    if (byline < 0) {
      if (!info.title) return null;
      titled = true;
    }
  }
  if (byline < 0 || byline > first.body) return null;
  return introducesMarkedItems(intro.filter((k) => k !== byline), starts.slice(1), blocks, infos) ? intro : null;
}
