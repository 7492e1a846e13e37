// A site's copyright line left as a line of its own in a page text: "© 2019 Example News (pvt) Ltd", "Copyright ©
// 2021 Example Media. All rights reserved.", "(c) 2018-2024 Example Inc", "All Rights Reserved." The page's
// footer, never the story's last paragraph (English plain-text round 9): furniture (furniture-lines.ts). The line is
// the sign or the word, a year or a span of years, the holder's name of a few words and perhaps the reservation:
// nothing of a sentence. A picture's "© Name / Agency" (no year) is a credit, read by photo-credit.ts. One pattern on
// each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_COPYRIGHT = 120;
const SIGN = String.raw`(?:[Cc]opyright\s*(?:©|\([Cc]\))?|©|\([Cc]\))`;
const YEARS = String.raw`\d{4}(?:\s*[-–]\s*\d{2,4})?`;
/** The holder: a few words, no stop inside but an abbreviation's or the closing one. */
const HOLDER = String.raw`[\p{L}\d][\p{L}\d&'’().,-]*(?:\s+[\p{L}\d&'’().,-]+){0,7}`;
const RESERVED = String.raw`(?:[.,]?\s*All\s+[Rr]ights\s+[Rr]eserved\.?)`;
const COPYRIGHT_LINE = new RegExp(
  String.raw`^(?:${SIGN}\s*${YEARS}(?:\s+${HOLDER})?${RESERVED}?|All\s+[Rr]ights\s+[Rr]eserved\.?)$`,
  'u',
);

/** Whether the line is a copyright notice and nothing more ("© 2019 Example News (pvt) Ltd"). */
export function isCopyrightLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_COPYRIGHT || !COPYRIGHT_LINE.test(t)) return false;
  // (A sentence run on after the holder, "Copyright 2017 Example Radio. To see more, visit …", is a station's
  // credit run into its story's text: no line of furniture.)
  return !/[.!?]\s+\p{Lu}/u.test(t.replace(/[.,]?\s*All\s+[Rr]ights\s+[Rr]eserved\.?$/u, ''));
}

/** For markFurnitureLines (furniture-lines.ts). */
export const COPYRIGHT_NOTICE_LINE: FurnitureTest = { test: isCopyrightLine, maxLength: MAX_COPYRIGHT };
