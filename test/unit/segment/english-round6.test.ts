// English page texts (issue 12, English plain-text round 6): a few words in sentence case under the headline, none of
// them in the lead, are the picture's caption (latin-heads.ts markCaptionsUnder); a reprint's source-and-date line
// ("Valley Courier – March 4, 2024"), a picture's credit set in brackets ("(Image credit: …)") and a "Courtesy …" line
// are credits (credit-lines.ts); a bracketed credit set right under a long headline, with no blank line, is a line of
// its own (blocks/own-lines.ts). Each page comes back as one story under the headline it prints.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { isPictureLabelLine, isSourceDateLine } from '../../../lib/segment/credit-lines';
import { isCaptionUnder } from '../../../lib/segment/latin-heads';

const articlesOf = (text: string) => extractText(text, { gazetteer: null }).articles;
const heads = (text: string) => articlesOf(text).map((a) => a.headline);

const CAPTIONED = `Council delays vote on the harbour parking plan

Boats at the quay

The town council delayed its vote on the harbour parking plan on Tuesday after residents asked for more time to read it.

Councillors said the vote on the plan would come back to the council in April.`;

const SOURCED = `Council delays vote on the harbour parking plan

Valley Courier – March 4, 2024

The town council delayed its vote on the harbour parking plan on Tuesday after residents asked for more time to read it.

Councillors said the vote on the plan would come back to the council in April.`;

const REPRINTED = `Harbour board approves longer summer stays for visiting boats after a year of meetings

Harbour board approves longer summer stays for visiting boats after a year of meetings
(Image credit: Getty Images)

The harbour board on Thursday approved longer summer stays for visiting boats, after a year of meetings with owners.

Boat owners said the longer stays would bring more visitors to the town's shops and cafes in the summer months.`;

const COURTESY = `Lighthouse Keepers Share Storm Photos With Readers

Courtesy Harbour Museum Archive

The lighthouse keepers shared their photos of last week's storm with readers of the museum's page on Monday.

The photos show waves breaking over the north quay and the old pier, the keepers said.`;

const SLOGAN = `The valley's news every morning since eighteen ninety

Fire destroys old barn

Crews fought a fire through Sunday night that destroyed an old barn north of Millbrook, the fire chief said.

No one was hurt, and the animals had been moved to the lower pasture the week before.`;

describe('English page texts: captions, source-and-date lines and picture credits (round 6)', () => {
  it("reads a few sentence-case words under the headline, none of them in the lead, as the picture's caption", () => {
    const articles = articlesOf(CAPTIONED);
    expect(articles.map((a) => a.headline)).toEqual(['Council delays vote on the harbour parking plan']);
    expect(articles[0]?.paragraphs.some((p) => p.includes('Boats at the quay'))).toBe(false);
  });

  it('keeps a short headline whose words its lead prints, under a longer slogan', () => {
    expect(heads(SLOGAN)).toEqual(['Fire destroys old barn']);
    expect(isCaptionUnder('The valley\'s news every morning since eighteen ninety', 'Fire destroys old barn', SLOGAN)).toBe(false);
  });

  it("reads a reprint's source-and-date line as a credit, no paragraph of the story", () => {
    const articles = articlesOf(SOURCED);
    expect(articles.map((a) => a.headline)).toEqual(['Council delays vote on the harbour parking plan']);
    expect(articles[0]?.paragraphs[0]).toMatch(/^The town council delayed/);
    expect(isSourceDateLine('Valley Courier – March 4, 2024')).toBe(true);
    expect(isSourceDateLine('Fire destroys barn – March 4, 2024')).toBe(false);
  });

  it('reads a bracketed picture credit under the headline printed again as no part of the headline', () => {
    const articles = articlesOf(REPRINTED);
    expect(articles.map((a) => a.headline)).toEqual(['Harbour board approves longer summer stays for visiting boats after a year of meetings']);
  });

  it("reads a 'Courtesy' and a giver's name as a picture's credit, not the headline", () => {
    expect(heads(COURTESY)).toEqual(['Lighthouse Keepers Share Storm Photos With Readers']);
    expect(isPictureLabelLine('Courtesy of NASA')).toBe(true);
    expect(isPictureLabelLine('(Image credit: iStock)')).toBe(true);
    expect(isPictureLabelLine('Courtesy counts on the road')).toBe(false);
  });
});
