// A brief's closing pointer to the fuller story on another page of the paper ("More on p10", "See Page A3",
// "Story on page 5", "(详见第3版)", "（下轉A4版）"): part of the brief, but no sentence of it, so the brief's last
// sentence is the one before it.
const PAGE_REF =
  /\s*[(（]?\s*(?:(?:more|see|story|full story|details|report)\s+(?:on\s+|in\s+)?(?:p\.?|pp\.?|page)\s*[A-Z]?\d{1,3}|(?:详见|詳見|下转|下轉|转|轉|见|見)\s*(?:第\s*)?[A-Z]?[\d一二三四五六七八九十]{1,3}\s*[版页頁])\s*[)）]?\s*[.。]?$/i;

/** The text without a closing pointer to another page, or the text itself where it has none. */
export function withoutPageRef(text: string): string {
  const m = PAGE_REF.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index) : text;
}
