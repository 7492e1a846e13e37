// A date field an e-paper article view prints under its headline with the month and day only, no year: "日期:11-08",
// "发布日期：3月5日" (the reader shows the year above, with its own date and weekday). A date line like any other:
// the line it follows is the headline. One pattern on one short line.

/** Longer than this a line is no date field. */
const MAX_LINE = 24;
/** The field's label, then a month and a day, then nothing but a time or spaces. */
const FIELD_DATE = /^(?:日期|发布日期|發佈日期|發布日期|出版日期|刊发日期|刊發日期)\s*[:：]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u;

/** Whether the line is a labelled month-and-day date field and nothing more. */
export function isFieldDate(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_LINE && FIELD_DATE.test(t);
}
