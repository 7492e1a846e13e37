// English headline groups on plain page texts (issue 12, English plain-text round 3): a section label or a writer's
// name (two or three capitalised words) nearest the text under an English title (latin-heads.ts isShortCapsUnder,
// page-headline.ts), and a title trailing off in an ellipsis under a site's notice line (latin-heads.ts
// ellipsisTitleStem, headline.ts). Each comes back as one story under the headline the page prints.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const heads = (text: string) => extractText(text, { gazetteer: null }).articles.map((a) => a.headline);

const TEXT = `The harbour board met for four hours on Thursday evening and agreed to a plan that will widen the north quay, dredge the channel and move the fish market to the old rail yard by the end of next year.

Board members said the cost would be shared with the port's two largest shippers, who have asked for deeper berths for some time, and that fees for small boats would not rise.

Fishermen at the meeting asked that the market stay open while it is moved, and the board agreed to build the new hall before the old one closes.`;

const SECTION = `Fishermen and shippers argue over the new quay plan

Harbour News

PORTVILLE, Maine (WXYZ) — ${TEXT}`;

const WRITER = `Ports & Shipping

Is a wider quay worth the cost? Only if the fleet grows

  •  
  •  
  • Print.

Anna Westbrook

${TEXT}`;

const ELLIPSIS = `Please make sure cookies are enabled for purposes of reading this site

When the quay flooded, we . . .

${TEXT}`;

describe('English page texts: short capitalised lines and ellipsis titles (round 3)', () => {
  it('reads a section label under the headline as a label, not the headline', () => {
    expect(heads(SECTION)).toEqual(['Fishermen and shippers argue over the new quay plan']);
  });

  it("reads a writer's name line over the text as no headline", () => {
    expect(heads(WRITER)).toEqual(['Is a wider quay worth the cost? Only if the fleet grows']);
  });

  it('reads a title trailing off in an ellipsis as the headline under a notice line', () => {
    expect(heads(ELLIPSIS)).toEqual(['When the quay flooded, we . . .']);
  });
});
