// Markdown residue in copied text: a feed or blog copy keeps an empty picture as "![]()" (or "![](url)") before
// each item's text. The token carries no words; left in, it makes the item's paragraph read as markup and drop.
// Stripped from each line, the paragraph is its text again. A picture with alt text is left alone (its words may be
// a caption).
const EMPTY_PICTURE = /!\[\]\([^()\s]*\)[^\S\n]*/g;

/** The line without its empty markdown pictures; a line that was only such pictures becomes empty. */
export function stripEmptyPictures(line: string): string {
  return line.includes('![]') ? line.replace(EMPTY_PICTURE, '') : line;
}
