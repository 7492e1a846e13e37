// A line that is nothing but a date ("26th Sep 2022", "Monday, September 26, 2022", "Sept. 26, 2022", "2022-09-26"):
// the page's or an edition's date, printed over its items; it names no story, whatever its headline-like look.

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const BARE_DATE = new RegExp(
  `^${WEEKDAY}(?:${DAY}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+${DAY},?\\s+\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})$`,
  'i',
);

export function isBareDate(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && BARE_DATE.test(t);
}
