// A part's bare number on a line of its own ("1", "2", "三") between the parts of a story's text: a mark of the
// story's structure, kept as a line of its own. It opens no sentence the next line finishes, and finishes none
// the line above it opened, so it is never run into a paragraph ("1早上八点不到…", "…速记: 1 1998年…").
// One test of one short line: linear in the page.

const PART_MARK = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*$/u;

/** Whether the line is a part's bare number and nothing else. */
export function isPartMark(text: string): boolean {
  return text.length <= 6 && PART_MARK.test(text);
}
