// A story's body copied without its title (lib/segment/headless-lead.ts, issue 12): its lead's prose over sections
// under phrase or question heads that keep the lead's words is one article, the lead's text kept; a page of briefs
// under an introduction that shares little with them still splits.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const BODY = `From April every household in the city will pay for water by the litre, as the water company fits meters to the last forty thousand homes without one.

What is changing?

Households without a meter now pay a flat charge based on the value of their home. From April the company will bill every home for the water it uses, plus a standing charge.

Who will pay more?

Large families in small homes are likely to pay more, the company says, while people living alone in large houses should pay less.

Can households get help?

The company runs a scheme that caps bills for families on low incomes, and it says about twelve thousand homes qualify.`;

const BRIEFS = `Here is what happened around the county this week, from the council chamber to the football pitch and the coast.

Library opens on Sundays

Dunmore library will open on Sundays from next month, after the council found money for two more librarians in its spring budget.

Axe head found in field

A farmer near Castlebar found a bronze axe head while ploughing; the museum says it is about three thousand years old.

Under-12s win regional cup

The Ashford under-12 team beat Kilrea four goals to one in the final on Saturday, the club's first cup in twenty years.`;

describe('a story\'s body without its title', () => {
  it('is one article, its lead kept', () => {
    const articles = extractText(BODY, { gazetteer: null }).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs[0]).toMatch(/^From April every household/);
    expect(articles[0]!.paragraphs.join('\n')).toContain('twelve thousand homes qualify');
  });

  it('still splits briefs under an introduction', () => {
    expect(extractText(BRIEFS, { gazetteer: null }).articles.map((a) => a.headline)).toEqual(['Library opens on Sundays', 'Axe head found in field', 'Under-12s win regional cup']);
  });
});
