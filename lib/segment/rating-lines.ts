// A rating badge left as a line of its own in a page text: "NewsGuard 100/100 Score", "Trust Rating: 4.5/5",
// "Score 87/100". A site prints a rater's score of itself (or of a product) under the headline; short and
// capitalised, the line reads like a title, and set nearer the text than the headline it would be taken for it
// (English plain-text round 9). It is a score out of a scale with its word (score, rating, grade) and at most a few
// name words: nothing of a sentence, so furniture (furniture-lines.ts), never a headline, never a paragraph. One
// pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_RATING = 48;
/** Up to three name words before or after ("NewsGuard", "Trust"). */
const NAME = String.raw`(?:\p{Lu}[\p{L}\d&.-]*\s+){0,3}`;
const SCALE = String.raw`\d{1,3}(?:[.,]\d)?\s*\/\s*\d{1,3}`;
const WORD = String.raw`(?:[Ss]core|[Rr]ating|[Gg]rade|[Rr]ated)`;
const RATING_LINE = new RegExp(
  String.raw`^${NAME}(?:${SCALE}\s+${WORD}|${WORD}\s*:?\s*${SCALE})$`,
  'u',
);

/** Whether the line is a rating badge and nothing more ("NewsGuard 100/100 Score"). */
export function isRatingLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_RATING && RATING_LINE.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const RATING_BADGE_LINE: FurnitureTest = { test: isRatingLine, maxLength: MAX_RATING };
