// Columns of headless items, each kind read by its own module: list items opened by a label and a colon
// (label-items.ts), a log of entries opened by clock times (clock-items.ts), paragraphs opened by a person's name
// and town or age and obituaries (people-items.ts), one-line news opened by their times (time-items.ts) and items
// opened by their source in brackets (source-items.ts), paragraphs opened by the outlet they cite
// (cited-items.ts). starts.ts makes each such block a start.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { citedItems } from './cited-items';
import { clockItems } from './clock-items';
import type { PageFacts } from './facts';
import { labelledItems } from './label-items';
import { deathItems, peopleItems } from './people-items';
import { sourceItems } from './source-items';
import { timeItems } from './time-items';

/** An item's start: a run-in head of `runIn` characters, or a headless item (runIn 0). */
export interface ItemStart {
  kind: 'run-in' | 'item';
  runIn: number;
}

/** Per block, the item it starts in one of the page's columns of headless items, or null. */
export function itemColumns(blocks: readonly Block[], infos: readonly BlockInfo[], facts: PageFacts): (ItemStart | null)[] {
  const labelled = labelledItems(blocks, infos, facts);
  const clocked = clockItems(blocks, facts.prose);
  const titled = (k: number) => !!infos[k]?.title;
  const people = peopleItems(blocks, facts.prose, titled);
  const deaths = deathItems(blocks, facts.prose, titled);
  const oneLiners = timeItems(blocks, facts);
  const sourced = sourceItems(blocks, infos, facts);
  const cited = citedItems(blocks, facts);
  return blocks.map((_, i) => {
    if (labelled[i]) return { kind: 'run-in', runIn: labelled[i]! };
    if (clocked[i]) {
      const runIn = Math.max(clocked[i]!, 0);
      return { kind: runIn ? 'run-in' : 'item', runIn };
    }
    if (people[i] || deaths[i] || oneLiners[i] || sourced[i] || cited[i]) return { kind: 'item', runIn: 0 };
    return null;
  });
}
