// Lines that stand alone in a page text whatever lines they are set against: an e-paper's page label ("第1版:一版要闻
// 2022-05-28") and a date or publication meta line. A text that parts its paragraphs by blank lines may still set
// such a line right under the page's header line or over a kicker with no blank line between; joined to them as a
// wrap, the label would glue the headline list above to the kicker below into one paragraph of text. The line is
// set off by blank lines of its own before the text is parted (text.ts).
// So is a picture's credit line in brackets ("(Image credit: iStock)", credit-lines.ts), set right under the headline
// a page prints again over its picture: joined as a wrap, the credit would run into that headline's line and the
// headline come back as the headline and the credit (English plain-text round 6). So is a sharing widget's label
// ("Share this @example.com", share-lines.ts) set right under the headline (English plain-text round 7), and a
// notice about the browser or the page's loading ("LOADINGERROR LOADING", page-notices.ts) set right under the
// summary line, which it would otherwise close (English plain-text round 11).
import { isMetaLine, isPageLabel } from '../segment/classify';
import { isPictureLabelLine } from '../segment/credit-lines';
import { isShareLine } from '../segment/share-lines';
import { isPageNotice } from '../segment/page-notices';

/** A page label or meta line is short: a wrapped line of a paragraph fills the column. */
const MAX_OWN_LINE = 30;

/** A bracketed picture credit: a whole line in round or square brackets. */
const BRACKETED = /^[(\[].*[)\]]$/u;

function isOwnLine(line: string): boolean {
  const t = line.replace(/\s+/g, ' ').trim();
  if (BRACKETED.test(t) && isPictureLabelLine(t)) return true;
  if (isShareLine(t) || isPageNotice(t)) return true;
  return t.length > 0 && t.length <= MAX_OWN_LINE && (isPageLabel(t) || isMetaLine(t));
}

/** The text with every page label and meta line inside a paragraph set off by blank lines (texts with blank lines only). */
export function setOffOwnLines(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const inside = (lines[i - 1]?.trim() ?? '') !== '' || (lines[i + 1]?.trim() ?? '') !== '';
    if (inside && isOwnLine(line)) {
      out.push('', line, '');
      changed = true;
    } else out.push(line);
  });
  return changed ? out.join('\n') : text;
}
