// The older papers' dateline closed by a stop or by the wire's credit rather than a dash: "Washington, Nov. 10.
// Notwithstanding…", "Crown Point, Ind., June 19. Bert Miller…", "New Orleans, La., Sept. 27 By command…",
// "Copenhagen, June 10 (By the Associated Press). —The…". The place is one or two capitalised words, with a
// state's or country's abbreviation after a comma or point; the month and day are required, so a sentence is not
// read as one, and a weekday is no place ("Monday, June 2. The…" opens a sentence).
import type { Dateline } from '../types';

const MONTH =
  '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|January|February|March|April|June|July|August|September|October|November|December';
const PLACE = "[A-Z][a-z]+\\.?(?:[ ][A-Z][a-z]+)?(?:[,.][ ][A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2})?";
/** The wire's credit in brackets after the date ("(By the Associ ated Press)", OCR breaks kept), then a dash. */
const WIRE = "[ ]?\\((?:By[ ])?(?:the[ ])?[A-Z][A-Za-z .'’-]{2,40}\\)\\.?[ ]?[-–—]{1,2}[ ]?(?=[A-Z“\"])";
/** A stop and a space, or a space alone, before a capitalised word opening the text. */
const STOP = "\\.?[ ]+(?=[A-Z“\"][a-z]*[ ,'’])";
const STOPPED = new RegExp(`^\\s*(${PLACE}),[ ]((?:${MONTH})[ ]?\\d{1,2})(?:${WIRE}|${STOP})`);
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

export function parseStoppedDateline(text: string): { dateline: Dateline; length: number } | null {
  const m = STOPPED.exec(text);
  if (!m || WEEKDAY.test(m[1] ?? '')) return null;
  const wire = /\(([^)]*)\)/.exec(m[0]);
  return {
    dateline: { source: wire ? (wire[1] ?? '').replace(/^By\s+(?:the\s+)?/, '') : '', place: m[1] ?? '', date: m[2] ?? null, kind: wire ? 'wire' : 'dateline' },
    length: m[0].length,
  };
}
