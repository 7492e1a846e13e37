// A page template's placeholders left unfilled ("{{ isview_popup.firstLine }}{{ isview_popup.highlight }}"): a
// script's pop-up the stored text kept as lines. No words of any story: furniture. Only a line made of nothing but
// placeholders is read so. One pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_LINE = 120;
/** One or more `{{ … }}` placeholders and nothing else. */
const PLACEHOLDERS = /^\s*(?:\{\{[^{}\n]{1,60}\}\}\s*)+$/;

/** A markup section's bare delimiter the stored text kept as a line ("<![CDATA[", "]]>"). */
const MARKUP_DELIMITER = /^\s*(?:<!\[CDATA\[|\]\]>)\s*$/;

/** Whether the line is a template's unfilled placeholders (or a bare markup delimiter) and nothing more. */
export function isTemplateLine(text: string): boolean {
  return text.length <= MAX_LINE && (PLACEHOLDERS.test(text) || MARKUP_DELIMITER.test(text));
}

/** For markFurnitureLines (furniture-lines.ts). */
export const TEMPLATE_LINE: FurnitureTest = { test: isTemplateLine, maxLength: MAX_LINE };
