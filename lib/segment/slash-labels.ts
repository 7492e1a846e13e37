// A column or series label framed by slashes on a line of its own ("/ 记者手记 /", "/记者节专访系列/"), and a lone
// slash set as a rule between an introduction and the text: a self-media post's furniture, as a bracketed label
// is. Never a headline over the text below, never a story's text. One pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

/** A few words between two slashes, or a slash alone. */
const FRAMED = /^[/／]\s*(?:[^/／\s][^/／]{0,23}[/／])?$/u;
const MAX_LINE = 28;

/** Whether the line is a slash-framed label or a lone slash. */
export function isSlashLabel(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_LINE && FRAMED.test(t) && !/[。！？!?]/u.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const SLASH_LABEL: FurnitureTest = { test: isSlashLabel, maxLength: MAX_LINE };
