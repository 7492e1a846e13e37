// A site's section name left as a line of its own in a page text: "Police News", "Campus News", "Local News", a
// few capitalised words closed by "News". A page prints it over or under its story's headline as the section the
// story was filed in; it names the shelf, never the story. Read as the headline, it would put the story's own
// title aside as a rubric (a two-word headline over its "Police News" line, English plain-text round 7). So it is
// furniture (furniture-lines.ts): never a headline, never a paragraph. The line holds the name and nothing more:
// up to three capitalised words before "News", no stop, no figure. One pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_SECTION = 40;
/** Up to three capitalised words ("Police", "Arts &", "Campus"), then "News" closing the line. */
const SECTION_NAME = /^(?:\p{Lu}[\p{L}'’-]*\s+(?:&\s+)?){0,3}News$/u;

/** Whether the line is a site's section name closed by "News" and nothing more ("Police News"). */
export function isSectionNameLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_SECTION && SECTION_NAME.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const SECTION_NAME_LINE: FurnitureTest = { test: isSectionNameLine, maxLength: MAX_SECTION };
