// A date written with its month's name, as English pages print their publication lines ("Published 15 Feb, 2018
// 05:55am", "Updated March 20, 2024 6:05 PM", "Posted Feb. 3, 2021"): day and month in either order, then the year.
// The numeric dates of Chinese and ISO meta lines are read in article.ts; this reads the worded ones, so a story whose
// page prints its date in words keeps it as its publication date. One pattern on one line.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/** An ordinal's ending on the day ("17th", "1st"), as blogs print it. */
const ORDINAL = '(?:st|nd|rd|th)?';
/** "15 Feb, 2018", "15 February 2018", "3rd March 2012". */
const DAY_FIRST = new RegExp(`(?:^|[^\\w])(\\d{1,2})${ORDINAL}\\s+${MONTH},?\\s+((?:19|20)\\d{2})(?!\\d)`, 'i');
/** "Feb 15, 2018", "February 15 2018", "September 17th , 2012" (a space before the comma). */
const MONTH_FIRST = new RegExp(`(?:^|[^\\w])${MONTH}\\s+(\\d{1,2})${ORDINAL}\\s*,?\\s+((?:19|20)\\d{2})(?!\\d)`, 'i');

function iso(year: string, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date a line writes with its month's name, as ISO 8601, or null. */
export function wordedDate(text: string): string | null {
  const d = DAY_FIRST.exec(text);
  if (d) return iso(d[3]!, MONTHS.indexOf(d[2]!.slice(0, 3).toLowerCase()) + 1, Number(d[1]));
  const m = MONTH_FIRST.exec(text);
  if (m) return iso(m[3]!, MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, Number(m[2]));
  return null;
}
