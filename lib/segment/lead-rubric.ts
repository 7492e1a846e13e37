// A column's bracketed label on a line alone above a story's first words ("【图片新闻】", "[本期导读]"): the page's
// rubric over the story, not its text. Read only before the story opens; a bracketed line inside the text stays.
// The same holds for a section's name in a Latin script set alone over a story's picture and text ("Sports",
// "Politics": one capitalised word, nothing else): a word with no sentence is no paragraph. It is taken only where
// the story's prose follows it (article.ts asks), so a page whose only line it is keeps it.
const BRACKETED_LABEL = /^[【[]\s*[^【】[\]。！？.!?]{1,12}\s*[】\]]$/u;

export function isLeadRubric(text: string): boolean {
  return BRACKETED_LABEL.test(text.trim());
}

/** One capitalised word alone, as a section's name is set ("Sports", "Opinion"): no stop, no figure, no second word. */
const SECTION_WORD = /^[A-Z][a-z]{2,15}$/;

/** A section's one-word name on a line alone, over the story's prose (`proseFollows`: the caller's reading). */
export function isLeadSection(text: string, proseFollows: boolean): boolean {
  return proseFollows && SECTION_WORD.test(text.trim());
}
