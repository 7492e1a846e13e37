// A content system's filing label left as a line of its own in a page text: "Post category:Sports" (perhaps opened
// by a list's bullet), "Category: News", "Categories: World, Politics", "Filed under: Local News". It names the
// sections the page is filed in: the site's furniture, never the story's headline (short and capitalised, it reads
// like one: English plain-text round 9) and never a paragraph (furniture-lines.ts). The line is the label, a colon
// and up to four section names of a few words each parted by commas or bars: nothing of a sentence. One pattern on
// each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_FILING = 80;
/** A section's name: one to three words, the first capitalised ("Sports", "Local News", "U.S. politics"). */
const SECTION = String.raw`\p{Lu}[\p{L}\d&'’.-]*(?:\s+[\p{L}\d&'’.-]+){0,2}`;
const FILING_LINE = new RegExp(
  String.raw`^(?:[-–—•·|*]\s*)?(?:(?:Post|Posts|Article|Story|News)\s+)?(?:[Cc]ategor(?:y|ies)|Filed\s+[Uu]nder|Section)\s*:\s*` +
    String.raw`${SECTION}(?:\s*[,|/]\s*${SECTION}){0,3}$`,
  'u',
);

/** Whether the line is a filing label and nothing more ("Post category:Sports", "Filed under: Local News"). */
export function isFilingLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_FILING && FILING_LINE.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const FILING_LABEL_LINE: FurnitureTest = { test: isFilingLine, maxLength: MAX_FILING };
