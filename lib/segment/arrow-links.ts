// Link lines opened by an arrow: a page sets its links to read on elsewhere as a few words behind an arrow mark and a
// space ("» Download the full agenda", "› View current attendance records", "→ Read the report"). The arrow says
// "go there": the line is a link, no headline and no sentence of the story, so it is furniture
// (furniture-lines.ts). A line closed by a stop after the arrow is a sentence set as a pointer and is left alone, as
// is an arrow glued to its words ("→上榜人物:韩寒", a list's pointer) and one over a Chinese issue line (">> 第八期…", a
// rubric, not a link). One pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_ARROW_LINK = 60;
/** An arrow mark (», ›, →, ▸, >>), white space, then a few English words, none closing on a stop. */
const ARROW_LINK = /^(?:»|›|→|▸|>>)\s+\p{Script=Latin}(?:.*[^\s.。!?！？])?$/u;
/** A link names its target in a few words. */
const MAX_ARROW_WORDS = 8;

/** Whether the line is a link behind an arrow ("» Download the full agenda"). */
export function isArrowLink(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_ARROW_LINK && ARROW_LINK.test(t) && t.split(/\s+/).length - 1 <= MAX_ARROW_WORDS;
}

/** For markFurnitureLines (furniture-lines.ts). */
export const ARROW_LINK_LINE: FurnitureTest = { test: isArrowLink, maxLength: MAX_ARROW_LINK };
