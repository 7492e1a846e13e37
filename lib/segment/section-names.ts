// A site's section name left as a line of its own in a page text: "Police News", "Campus News", "Local News", a
// few capitalised words closed by "News". A page prints it over or under its story's headline as the section the
// story was filed in; it names the shelf, never the story. Read as the headline, it would put the story's own
// title aside as a rubric (a two-word headline over its "Police News" line, English plain-text round 7). So, right
// under a title and over the story's text, it is furniture: never a headline, never a paragraph. (Elsewhere such a
// line may be a digest's or a page's own name, "Local News" over its briefs: left to the readers of those.) The
// line holds the name and nothing more: up to three capitalised words before "News", the first not "The" (a
// paper's name, "The Morning News"), no stop, no figure. One pattern on each short line: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { asFurniture } from './line-marks';

const MAX_SECTION = 40;
/** Up to three capitalised words ("Police", "Arts &", "Campus"), then "News" closing the line. */
const SECTION_NAME = /^(?!The\s)(?:\p{Lu}[\p{L}'’-]*\s+(?:&\s+)?){0,3}News$/u;

/** Whether the line is a site's section name closed by "News" and nothing more ("Police News"). */
export function isSectionNameLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_SECTION && SECTION_NAME.test(t);
}

/** Section name lines right under a title and over text that is no title: furniture. */
export function markSectionNames(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 1; i + 1 < blocks.length; i++) {
    const text = blocks[i]?.text ?? '';
    if (text.length > MAX_SECTION + 8 || !infos[i - 1]?.title || infos[i + 1]?.title || infos[i + 1]?.markerOnly) continue;
    if (isSectionNameLine(text)) infos[i] = asFurniture(infos[i] as BlockInfo);
  }
}
