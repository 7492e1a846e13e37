// Credit lines of an English page text, read by what they say alone: a line naming where the story came from
// ("Source The Reporter, Vacaville, Calif.", "Source: The Associated Press"), as a site that reprints other papers'
// stories sets it under the headline; and a line that is nothing but a company's name closed by its legal form
// ("NBC Universal, Inc."), as a video player's credit prints it over the video's caption. Both name an owner or
// a source, none says what happened: furniture (furniture-lines.ts), never a headline and never a paragraph. So is
// a picture's label left as a line of its own where the picture was ("File photo", "Photo: Jane Doe", "Submitted
// image"): it names what stood there and who made it, no more.
// A source line is a name and nothing more: its words capitalised (a place's abbreviation and the name's small
// joining words aside), so "Sources: Rams agree to extension", a headline citing its sources, is left alone.
// One pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

/** A word of a name: capitalised ("Vacaville,", "Calif.", "AT&T"), a figure, or a small joining word. */
const NAME_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\d'’.&-]*,?|&|of|and|the|for|de|du|la|van|von)`;

const MAX_SOURCE = 80;
/** "Source" (or "Sources"), perhaps a colon, then a capitalised name of up to ten words. */
const SOURCE_LINE = new RegExp(String.raw`^Sources?\s*:?\s+[\p{Lu}\d][\p{L}\d'’.&-]*,?(?:\s+${NAME_WORD}){0,9}$`, 'u');

const MAX_COMPANY = 60;
/** A company's name of a few capitalised words, closed by its legal form: "NBC Universal, Inc.", "Acme Widgets Ltd". */
const COMPANY_LINE = new RegExp(String.raw`^[\p{Lu}\d][\p{L}\d'’.&-]*,?(?:\s+${NAME_WORD}){0,5}\s+(?:Inc|Ltd|LLC|Corp|PLC|plc|GmbH|AG|L\.P|S\.A)\.?$`, 'u');

const MAX_PICTURE = 60;
/** Perhaps a word saying where the picture came from, the word for it, then perhaps its maker's or owner's name. */
const PICTURE_LINE = new RegExp(
  String.raw`^(?:(?:File|Stock|Archive|Submitted|Contributed|Staff|Courtesy|Handout)\s+)?(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)` +
    String.raw`(?:\s*(?::|/|\bby\b|\bcourtesy(?:\s+of)?\b)\s*(?:the\s+)?[\p{Lu}\d][\p{L}\d'’.&/-]*,?(?:\s+${NAME_WORD}){0,4})?$`,
  'u',
);

/** Whether the line is a picture's label and nothing more ("File photo", "Photo courtesy of the City of Springfield"). */
export function isPictureLabelLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_PICTURE && PICTURE_LINE.test(t);
}

/** Whether the line names the story's source and nothing more ("Source The Reporter, Vacaville, Calif."). */
export function isSourceCreditLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_SOURCE && SOURCE_LINE.test(t);
}

/** Whether the line is a company's name closed by its legal form and nothing more ("NBC Universal, Inc."). */
export function isCompanyCreditLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_COMPANY && COMPANY_LINE.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const SOURCE_CREDIT_LINE: FurnitureTest = { test: isSourceCreditLine, maxLength: MAX_SOURCE };
export const COMPANY_CREDIT_LINE: FurnitureTest = { test: isCompanyCreditLine, maxLength: MAX_COMPANY };
export const PICTURE_LABEL_LINE: FurnitureTest = { test: isPictureLabelLine, maxLength: MAX_PICTURE };
