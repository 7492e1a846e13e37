// A teaser closed by its source's link: a round-up of other outlets' stories ends each item's sentence or two with
// the outlet's name in capitals and a link arrow ("… weak currency CNN BUSINESS >", "… this summer. TECHCRUNCH >",
// "… for his empire. BLOOMBERG BUSINESSWEEK>"). The name and arrow say "the story is there": the link closes the
// item as a read-on link does (facts.ts endsInReadOn), so the next paragraph opens the next item. A sentence's own
// last words are never a run of capitals closed by a lone arrow; a comparison ("A > B") has lower-case words or
// figures around it. Read on the block's tail only.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { lastNonSpace } from './tail';

/** One to four words in capitals (an outlet's name), then a single link arrow, at the block's end. */
const SOURCE_LINK = /\s(?:\p{Lu}[\p{Lu}\d&'.-]*)(?:\s+\p{Lu}[\p{Lu}\d&'.-]*){0,3}\s*[>›»]\s*$/u;
/** Text of the item's own before the link. */
const MIN_BEFORE = 40;

/** The block ends in a source's name in capitals and a link arrow, after text of the item's own. */
export function endsInSourceLink(text: string): boolean {
  const tail = text.slice(-120);
  // (The link ends on its arrow: a tail ending on anything else is spared the pattern.)
  const last = lastNonSpace(tail);
  const m = last === '>' || last === '›' || last === '»' ? SOURCE_LINK.exec(tail) : null;
  return !!m && text.length - tail.length + m.index >= MIN_BEFORE;
}

/**
 * A line closed by a source link is an item's text, never a headline: a short item with no stop ("… as demand
 * slowed REUTERS >") would otherwise read as a headline line over the next item. One pass over the blocks.
 */
export function markSourceLinked(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let k = 0; k < blocks.length; k++) {
    const info = infos[k];
    if (info?.title && endsInSourceLink(blocks[k]?.text ?? '')) infos[k] = { ...info, title: false };
  }
}
