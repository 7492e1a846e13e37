// A column's bracketed label on a line alone above a story's first words ("【图片新闻】", "[本期导读]"): the page's
// rubric over the story, not its text. Read only before the story opens; a bracketed line inside the text stays.
const BRACKETED_LABEL = /^[【[]\s*[^【】[\]。！？.!?]{1,12}\s*[】\]]$/u;

export function isLeadRubric(text: string): boolean {
  return BRACKETED_LABEL.test(text.trim());
}
