// English page texts (issue 12, English plain-text round 4): a reprint's source line under the headline ("Source The
// Reporter, …") and a video's company credit line ("… Universal, Inc.") are credits, no headlines (credit-lines.ts);
// a bulleted list of points, one of them closed by a full stop, holds no headlines (bullet-heads.ts
// markBulletedPoints). Each page comes back as one story under the headline it prints.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { isCompanyCreditLine, isSourceCreditLine } from '../../../lib/segment/credit-lines';

const heads = (text: string) => extractText(text, { gazetteer: null }).articles.map((a) => a.headline);

const SOURCED = `Barn Fire Destroys Hay Stores Near Millbrook
Source The Valley Courier, Millbrook, Ore.
Crews from three towns fought a fire through Sunday night that destroyed a barn and most of the hay stored for the winter at a farm north of Millbrook.
The farm's owner said the animals had been moved to the lower pasture the week before, and no one was hurt.
"We'll rebuild in the spring," she said.`;

const CREDITED = `Here are the new rules for the harbour this summer

From moorings to fishing, the new rules will change how the harbour is used.

Acme Harbour Media, Inc.

Under the new rules, visiting boats may stay longer. Jane Moss reports for the Evening News at 6 p.m. on Friday, May 3, 2024.

The harbour board adopted a set of rules on Thursday after a year of meetings with boat owners and fishermen.

Boat owners said the longer stays would bring more visitors to the town's shops and cafes in the summer months.`;

const POINTS = `Here are the new rules for the harbour this summer

From moorings to fishing, the new rules will change how the harbour is used.

The harbour board adopted a set of rules on Thursday after a year of meetings with boat owners and fishermen.

Here are some of the rules that take effect on the first of June.

Moorings

  • Longer stays for visiting boats
  • Owners of boats moored in the inner harbour must renew their moorings every spring at the harbour office.
  • Fees will rise for boats over ten metres.

Fishing

  • No fishing from the north quay
  • Licences for fishing from the south quay will be sold at the harbour office from the first of May.`;

describe('English page texts: credit lines and bulleted points (round 4)', () => {
  it("reads a reprint's source line under the headline as a credit, not the headline", () => {
    expect(heads(SOURCED)).toEqual(['Barn Fire Destroys Hay Stores Near Millbrook']);
  });

  it("reads a company's credit line over a video's caption as no part of the story", () => {
    const articles = extractText(CREDITED, { gazetteer: null }).articles;
    expect(articles.map((a) => a.headline)).toEqual(['Here are the new rules for the harbour this summer']);
    expect(articles[0]?.paragraphs.some((p) => p.includes('Acme Harbour Media'))).toBe(false);
  });

  it('reads a bulleted list of points under short heads as the story\'s text, no headlines', () => {
    expect(heads(POINTS)).toEqual(['Here are the new rules for the harbour this summer']);
  });

  it('tells credit lines from headlines that cite a source or name a company', () => {
    expect(isSourceCreditLine('Source: The Associated Press')).toBe(true);
    expect(isSourceCreditLine('Sources: Rams agree to a new deal with their quarterback')).toBe(false);
    expect(isCompanyCreditLine('Acme Harbour Media, Inc.')).toBe(true);
    expect(isCompanyCreditLine('Acme Inc. buys a rival for $2 billion')).toBe(false);
  });
});
