// A name printed twice on one line ("Courthouse News Service Courthouse News Service"): a site's logo whose picture
// text and link text the page's text runs together, as a masthead is printed over every page. It names the site, so
// it is furniture, never a story's headline; read as a short title line, it took the headline of the story under it
// and left the story's own title line as the first line of its text. The test is the line alone: two identical
// halves of two words or more each, split at the middle word boundary, no stop at its end. A headline that repeats
// itself for effect parts its halves with punctuation ("New York, New York"), so its halves differ. One pass over the
// line's words.
import type { FurnitureTest } from './furniture-lines';

/** A logo's name is short. */
const MAX_LINE = 90;
/** Words in each half: one word twice ("Bye Bye") is a phrase, not a name printed twice. */
const MIN_HALF = 2;

/** Whether the line is one name of two words or more printed twice, nothing else. */
export function isDoubledName(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_LINE || /[.!?。！？:：]$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 * MIN_HALF || words.length % 2) return false;
  const half = words.length / 2;
  for (let i = 0; i < half; i++) if (words[i] !== words[i + half]) return false;
  return true;
}

/** For markFurnitureLines (furniture-lines.ts). */
export const DOUBLED_NAME_LINE: FurnitureTest = { test: isDoubledName, maxLength: MAX_LINE };
