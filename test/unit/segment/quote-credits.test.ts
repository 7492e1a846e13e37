// A quotation's credit line ("– Anna K.", "— Jane Doe (@jdoe) November 3, 2019") closes the quoted words above it and
// heads no story below (lib/segment/quote-credits.ts, issue 12).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

function count(text: string): number {
  return extractText(text, { gazetteer: null }).articles.length;
}

const REVIEWS = `What our guests said about the winter concert series

The winter concert series closed on Sunday, and many guests left notes for the orchestra at the door. Here are some of them.

“The strings were wonderful and the hall was warm. We will come back next year with the whole family.”

– Marta K.

“A lovely evening. The conductor explained every piece before it was played, which helped the children.”

– Sam

“Good seats for a fair price, and the coffee in the interval was excellent.”

– J. Okafor

“My first concert ever, and I was moved by the slow movement of the symphony. Thank you to all the players.”

– Lena

The orchestra thanks every guest who wrote, and the spring series opens in April.`;

const POSTS = `Residents answer the mayor's call to plant trees

Hundreds of residents planted saplings along the river on Saturday after the mayor asked the city to help green its banks.

We planted forty oaks this morning with the kids. Come join us at the north bridge! pic.twitter.com/abc123

— River Friends (@riverfriends) April 6, 2024

Volunteers from the river clubs handed out spades and gloves, and the city brought water tanks for the saplings.

Every sapling along the north bank is in the ground. Thank you all! https://t.co/xyz789

— City of Eastham (@eastham) April 6, 2024

The city said it would plant another thousand trees along the river next spring.`;

describe('quotation credit lines (quote-credits.ts)', () => {
  it('keeps guests\' quoted reviews, each over its "– Name" line, in one article', () => {
    expect(count(REVIEWS)).toBe(1);
  });

  it('keeps a story quoting posts with their "— Name (@handle) date" lines in one article', () => {
    expect(count(POSTS)).toBe(1);
  });
});
