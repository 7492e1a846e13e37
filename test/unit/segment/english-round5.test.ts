// English page texts (issue 12, English plain-text round 5): a picture's label left where the picture stood ("File
// photo") and a link behind an arrow ("» Download the agenda") are furniture, no headlines (credit-lines.ts,
// arrow-links.ts); a few words trailing off in an ellipsis over a bulleted list ("On the agenda…") lead into the list,
// the story's text, no headline (latin-heads.ts markListLeadIns). Each page comes back as one story under the
// headline it prints.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { isPictureLabelLine } from '../../../lib/segment/credit-lines';
import { isArrowLink } from '../../../lib/segment/arrow-links';
import { isListLeadIn } from '../../../lib/segment/latin-heads';

const articlesOf = (text: string) => extractText(text, { gazetteer: null }).articles;
const heads = (text: string) => articlesOf(text).map((a) => a.headline);

const PICTURED = `Harbour board adopts new mooring rules for summer

File photo

The harbour board adopted new mooring rules on Thursday after a year of meetings with boat owners and fishermen.

Visiting boats may stay for two weeks instead of one, and the fees for boats over ten metres will rise in June.

"We listened to everyone who came to the meetings," the board's chair said.`;

const LINKED = `Millbrook school board meeting recap: May 6, 2024

A meeting of the Millbrook school board began at 6 p.m. Monday inside the library of the high school on Main Street.

» Download the full agenda

Listed below are the items up for approval and the board's votes on each of them, with the members' comments.

The board voted five to two to move the start of the school day to 8:30 a.m. from the next school year.`;

const LISTED = `Millbrook school board meeting recap: May 6, 2024

On the agenda…

  • A new start time for the school day.
  • The budget for the next school year.
  • Repairs to the gym roof.

A meeting of the Millbrook school board began at 6 p.m. Monday inside the library of the high school on Main Street.

The board voted five to two to move the start of the school day to 8:30 a.m. from the next school year.`;

describe('English page texts: picture labels, arrow links and list lead-ins (round 5)', () => {
  it("reads a picture's label under the headline as furniture, not the headline", () => {
    const articles = articlesOf(PICTURED);
    expect(articles.map((a) => a.headline)).toEqual(['Harbour board adopts new mooring rules for summer']);
    expect(articles[0]?.paragraphs.some((p) => p.includes('File photo'))).toBe(false);
  });

  it('reads a link behind an arrow as no part of the story', () => {
    const articles = articlesOf(LINKED);
    expect(articles.map((a) => a.headline)).toEqual(['Millbrook school board meeting recap: May 6, 2024']);
    expect(articles[0]?.paragraphs.some((p) => p.includes('Download the full agenda'))).toBe(false);
  });

  it('reads a lead-in trailing off over a bulleted list as the text, not the headline', () => {
    const articles = articlesOf(LISTED);
    expect(articles.map((a) => a.headline)).toEqual(['Millbrook school board meeting recap: May 6, 2024']);
    expect(articles[0]?.paragraphs[0]).toMatch(/^On the agenda/);
  });

  it('tells the lines apart from headlines that look like them', () => {
    expect(isPictureLabelLine('File photo')).toBe(true);
    expect(isPictureLabelLine('Photo courtesy of the City of Millbrook')).toBe(true);
    expect(isPictureLabelLine('Photo finish decides the county title')).toBe(false);
    expect(isArrowLink('» View current attendance records')).toBe(true);
    expect(isArrowLink('→上榜人物:韩寒')).toBe(false);
    expect(isArrowLink('» The board met on Monday.')).toBe(false);
    expect(isArrowLink('>> 第八期2003年6月21日')).toBe(false);
    expect(isListLeadIn('On the agenda…', '  • A new start time.')).toBe(true);
    expect(isListLeadIn('On the agenda…', 'The board met on Monday.')).toBe(false);
    expect(isListLeadIn('When the judge got it wrong, I . . .', '• A point.')).toBe(false);
  });
});
