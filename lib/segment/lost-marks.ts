// Item marks lost to the page's encoding: a pictograph a post opened its items with ("📍", "🔹"), stored through a
// character set that has no room for it, comes back as "?" (or the replacement sign "�"). A question mark never
// opens a sentence, so one set right before a paragraph's first word is such a mark, not text cut mid-sentence.

/**
 * The block opens with a lost mark: "?", "？" or "�" (once, or the two "??" of a pictograph's surrogate pair),
 * with no space after it, right before a word, a figure or an opening quote or bracket, and a paragraph's worth of
 * text after it.
 */
const LOST_MARK = /^\s*(?:[?？]{1,2}|\uFFFD{1,2})(?=[\p{L}\p{N}「『“《（(【])/u;
/** Text after the mark: a paragraph, not a stray "?好" of a broken line. */
const MIN_TEXT = 20;

/** The block opens with an item mark its encoding lost. */
export function opensWithLostMark(text: string): boolean {
  return text.length >= MIN_TEXT && LOST_MARK.test(text);
}
