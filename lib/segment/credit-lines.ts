// Credit lines of an English page text, read by what they say alone: a line naming where the story came from
// ("Source The Reporter, Vacaville, Calif.", "Source: The Associated Press"), as a site that reprints other papers'
// stories sets it under the headline; and a line that is nothing but a company's name closed by its legal form
// ("NBC Universal, Inc."), as a video player's credit prints it over the video's caption. Both name an owner or
// a source, none says what happened: furniture (furniture-lines.ts), never a headline and never a paragraph. So is
// a picture's label left as a line of its own where the picture was ("File photo", "Photo: Jane Doe", "Submitted
// image"): it names what stood there and who made it, no more. A picture's credit line may be set in brackets and
// name the credit ("(Image credit: iStock)", "[Photo credit: Jane Doe]"), or be nothing but the word "Courtesy" and
// the giver's name ("Courtesy Fire Department Facebook", "Courtesy of NASA"): the same label (English plain-text
// round 6). A giver's name is capitalised, or a brand's word opened by one lower-case letter ("iStock").
// A source line is a name and nothing more: its words capitalised (a place's abbreviation and the name's small
// joining words aside), so "Sources: Rams agree to extension", a headline citing its sources, is left alone.
// A reprint's source-and-date line ("DW – July 2, 2016", "Reuters — 3 March 2021"): the outlet it took the story
// from and the day, parted by a dash, as a blog sets it under a copied story's headline: the same credit (English
// plain-text round 6). The name is a few capitalised words, the date a month's name, its day and a year.
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
/** The first word of a maker's or giver's name: capitalised, a figure, or a brand's word opened by one small letter ("iStock"). */
const NAME_START = String.raw`(?:[\p{Lu}\d]|\p{Ll}(?=\p{Lu}))[\p{L}\d'’.&/-]*,?`;
/** Perhaps a word saying where the picture came from, the word for it, then perhaps its maker's or owner's name. */
const PICTURE_LINE = new RegExp(
  String.raw`^(?:(?:File|Stock|Archive|Submitted|Contributed|Staff|Courtesy|Handout)\s+)?(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)(?:\s+credits?)?` +
    String.raw`(?:\s*(?::|/|\bby\b|\bcourtesy(?:\s+of)?\b)\s*(?:the\s+)?${NAME_START}(?:\s+${NAME_WORD}){0,4})?$`,
  'u',
);
/** "Courtesy" and the giver's name: after "of" or a colon one word will do, else two or more ("Courtesy Fire Department"). */
const COURTESY_LINE = new RegExp(
  String.raw`^Courtesy(?:(?:\s+of\s+|\s*:\s*)(?:the\s+)?${NAME_START}(?:\s+${NAME_WORD}){0,5}|\s+${NAME_START}(?:\s+${NAME_WORD}){1,5})$`,
  'u',
);
/**
 * A maker's name and the picture library the picture came from, parted by a comma, a slash or a bar ("J J, Flickr",
 * "Jane Doe / Getty Images", "John Smith | Shutterstock"), as a page sets the credit where the picture stood: a library
 * names where a picture came from, never what happened (English plain-text round 8).
 */
const LIBRARY = String.raw`(?:Flickr|Getty(?:\s+Images)?|Shutterstock|iStock(?:photo)?|Unsplash|Pexels|Pixabay|Alamy|Wikimedia(?:\s+Commons)?|Creative\s+Commons|AP\s+Photo|Adobe\s+Stock|Dreamstime|123RF)`;
const LIBRARY_LINE = new RegExp(String.raw`^${NAME_START}(?:\s+${NAME_WORD}){0,4}\s*(?:,|/|\|)\s*(?:via\s+)?${LIBRARY}(?:\s*\(CC[^)]{0,20}\))?$`, 'u');
/** A whole line set in round or square brackets. */
const BRACKETED = /^[(\[](.*)[)\]]$/u;

/**
 * Whether the line is a picture's label and nothing more ("File photo", "Photo courtesy of the City of Springfield",
 * "(Image credit: iStock)", "Courtesy Fire Department Facebook", "J J, Flickr").
 */
export function isPictureLabelLine(text: string): boolean {
  let t = text.trim();
  if (t.length > MAX_PICTURE) return false;
  t = BRACKETED.exec(t)?.[1]?.trim() ?? t;
  return PICTURE_LINE.test(t) || COURTESY_LINE.test(t) || LIBRARY_LINE.test(t);
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

const MAX_SOURCE_DATE = 60;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** An outlet's name of up to four capitalised words, a dash, then "July 2, 2016" or "2 July 2016". */
const SOURCE_DATE_LINE = new RegExp(
  String.raw`^[\p{Lu}\d][\p{L}\d'’.&-]*(?:\s+${NAME_WORD}){0,3}\s+[–—-]\s+(?:${MONTH}\s+\d{1,2},?\s+|\d{1,2}\s+${MONTH}\s+)\d{4}$`,
  'u',
);

/** Whether the line is a source's name and a date parted by a dash, nothing more ("DW – July 2, 2016"). */
export function isSourceDateLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_SOURCE_DATE && SOURCE_DATE_LINE.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const SOURCE_CREDIT_LINE: FurnitureTest = { test: isSourceCreditLine, maxLength: MAX_SOURCE };
export const COMPANY_CREDIT_LINE: FurnitureTest = { test: isCompanyCreditLine, maxLength: MAX_COMPANY };
export const PICTURE_LABEL_LINE: FurnitureTest = { test: isPictureLabelLine, maxLength: MAX_PICTURE };
export const SOURCE_DATE_CREDIT_LINE: FurnitureTest = { test: isSourceDateLine, maxLength: MAX_SOURCE_DATE };
