// A sharing widget's label left as a line of its own in a page text: "Share via", "- Share via" (its dash a
// list's mark), "Share this @example.com" (the site's handle the widget posts under), "Share on Facebook",
// "Share this article:". The page's control, never a word of the story: furniture (furniture-lines.ts), never a
// headline and never a paragraph. Set right under the headline with no blank line between, it would be read as
// the headline's wrapped second line, so it is set off as a line of its own too (lib/blocks/own-lines.ts)
// (English plain-text round 7). The line is "Share", perhaps "this" or "it" and the thing shared, perhaps a
// preposition and up to four capitalised network names, perhaps a handle: nothing of a sentence. One pattern on
// each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_SHARE = 48;
/** A network's or a channel's name: "Facebook", "Email", "X". */
const NETWORK = String.raw`\p{Lu}[\p{L}\d+.-]*`;
const SHARE_LINE = new RegExp(
  String.raw`^(?:[-–—•·|*]\s*)?[Ss]hare(?:\s+(?:this|it))?(?:\s+(?:story|article|post|page|link|video))?` +
    String.raw`(?:\s+(?:via|on|to|with)(?:\s+${NETWORK}(?:\s*(?:,|\/|or|and)\s*${NETWORK}){0,3})?)?` +
    String.raw`(?:\s+@[\p{L}\d_.-]+)?\s*:?$`,
  'u',
);

/** Whether the line is a sharing widget's label and nothing more ("Share via", "Share this @example.com"). */
export function isShareLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_SHARE && SHARE_LINE.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const SHARE_LABEL_LINE: FurnitureTest = { test: isShareLine, maxLength: MAX_SHARE };
