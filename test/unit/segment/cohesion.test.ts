// Lexical cohesion (lib/segment/cohesion.ts, issue 12): a story kept as plain text whose subheads part sections that
// keep its vocabulary stays one article; a page of briefs whose items share little splits, even where two of its
// items tell of one topic.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

function articles(text: string): string[] {
  return extractText(text, { gazetteer: null }).articles.map((a) => a.headline);
}

const STORY = `Harbour ferries go electric as the city retires its diesel fleet - Coastal Daily

The city's harbour ferries will run on batteries from next spring, the transport board said, after the last diesel hull leaves the Northgate terminal in March.

The board bought six electric ferries from a shipyard in Bergen, each carrying four hundred passengers between Northgate, Saltmarsh and the island piers.

Batteries and charging

Each ferry carries two battery banks that charge at the Northgate terminal while passengers board, the board said, and a full charge takes twelve minutes.

The shipyard says the batteries will keep eighty per cent of their charge after ten years of harbour crossings, and the board will replace them at the Saltmarsh yard.

Crossing times and fares

The electric ferries will cross from Northgate to the island piers in twenty minutes, two fewer than the diesel hulls, because the batteries give them faster starts.

Fares stay the same for the first year, the transport board said, and the Saltmarsh crossing gains a ferry every fifteen minutes at rush hour.

What the crews say

Ferry crews trained on the new hulls at the Bergen shipyard over the winter, and the union said its members welcomed quieter engine rooms on the harbour crossings.

"The batteries make no smoke and little noise," said a Northgate captain who has crossed the harbour for twenty years. "Passengers will hear the gulls again."`;

const BRIEFS = `Around the region

Bridge repairs close two lanes on Route 9

Crews began replacing the deck of the Miller Creek bridge on Monday, closing two lanes until the end of August; drivers are asked to use the county road through Ashford instead.

Library extends weekend hours

The public library will open on Sundays from noon to five starting next month, the trustees decided after a survey in which most readers asked for longer weekend hours.

Bridge contract goes to Ashford firm

The county awarded the Miller Creek bridge contract to an Ashford construction firm whose bid came in lowest, and the deck work will be paid from the state's road fund.

High school choir wins state title

The Westfield High School choir took first place at the state festival in Springfield on Saturday, singing three pieces by local composers before a panel of judges.

Farmers market moves to the fairgrounds

Vendors of the Saturday farmers market will set up their stalls at the fairgrounds from June, where there is more parking and shade than on Main Street.`;

const DATED = `City and suburbs

Council backs new bus depot by the river market
Riverton, May 31
The council on Sunday backed a new bus depot near the river market, saying buses of the city would no longer park on the streets of the old town overnight.

Rain brings relief to the old town
Eastfield, May 30
Rain on Saturday brought relief from the heat to the old town, but water stood on the streets near the river market and the council depot for hours.

Schools open admissions on Monday
Northbrook, May 29
Schools open admissions on Monday, and the council said parents could apply online or at its office near the river market in the old town.`;

describe('one story\'s sections keep its words (cohesion.ts)', () => {
  it('keeps a plain-text story with subheads whose sections keep its vocabulary as one article', () => {
    const got = articles(STORY);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain('Harbour ferries go electric');
  });

  it('keeps the same story copied without its title line as one article', () => {
    expect(articles(STORY.slice(STORY.indexOf('\n\n') + 2))).toHaveLength(1);
  });

  it('still splits reports from one city that share its words, each under a dateline line of its own', () => {
    expect(articles(DATED)).toEqual(['Council backs new bus depot by the river market', 'Rain brings relief to the old town', 'Schools open admissions on Monday']);
  });

  it('still splits a page of briefs whose items share little, though two of them are on one bridge', () => {
    expect(articles(BRIEFS)).toEqual([
      'Bridge repairs close two lanes on Route 9',
      'Library extends weekend hours',
      'Bridge contract goes to Ashford firm',
      'High school choir wins state title',
      'Farmers market moves to the fairgrounds',
    ]);
  });
});
