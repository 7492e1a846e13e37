// Page-level context for resolving ambiguous short forms: which gazetteer entries the page names unambiguously
// (full names, unique short forms, datelines) and which areas those lie in (the entries and their ancestors).
import type { Gazetteer } from './gazetteer';

export interface PlaceContext {
  /** Entries named unambiguously somewhere on the page. */
  mentioned: Set<number>;
  /** The mentioned entries and all their ancestors. */
  areas: Set<number>;
  /** The page is written in Traditional script (writtenInTraditional); a text of it may hold no Traditional character. */
  traditional?: boolean;
}

export const EMPTY_CONTEXT: PlaceContext = { mentioned: new Set(), areas: new Set() };

export function addMention(ctx: PlaceContext, g: Gazetteer, entry: number): void {
  ctx.mentioned.add(entry);
  for (let e = entry; e >= 0; e = g.parentOf(e)) {
    if (ctx.areas.has(e)) break;
    ctx.areas.add(e);
  }
}
