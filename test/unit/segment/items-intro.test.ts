// Pages that reprint a list of marked items under their title and a paragraph or two of introduction (round 56): a
// blog's weekly police log of entries opened by clock times, a page of bulleted blotter items gathered from other
// papers. The bulleted items are a column of briefs though an introduction announcing them stands above them
// (lib/segment/marked-column.ts), and the title and introduction over marked items are the page's standfirst, no
// story (lib/segment/items-intro.ts); a bulleted brief's head in sentence case set off by a spaced dash is its
// headline (lib/segment/run-in.ts). A story's own bulleted points announced by a clause ending in a colon stay
// that story's.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const LOG = `Best of the week's fire log

Our village prints a short summary of fire calls every day. I read it every morning with my coffee, and each week I pick my favourite calls to share with you here. Quiet weeks are the best weeks.

4:10 p.m. — A man on the 300 block of Willow Lane reported smoke coming from a neighbour's shed. It was a barbecue.

8:45 a.m. — A woman on River Road reported her cat had climbed a telephone pole. The cat came down on its own.

11:20 p.m. — A caller from the 900 block of Hill Street reported a burning smell. A toaster had been left on.

6:05 a.m. — A driver on the county road reported a small grass fire near the bridge. Crews put it out in minutes.

2:30 p.m. — A shop owner on Main Street reported an alarm sounding for an hour. A spider had crawled into the sensor.

9:15 p.m. — A resident of Elm Court reported sparks from a power line. The utility company was called.`;

const BULLETS = `Odd calls from small-town papers

The fire logs of country papers are among their most read pages. Some calls are serious and most are not.

The items below were collected from several weekly papers in the valley.  A few are funny.

• A woman reported a strange light over the orchard. Deputies found it was the moon rising behind the hills.

• Rooster wakes the whole street – A man called to say his neighbour's rooster crowed too early. He was advised to buy earplugs.

• A resident of Mill Road reported a bear in her garden. It was a large black dog from the next farm.

• A caller said someone had painted his mailbox bright green overnight. His daughter later admitted it.`;

const STORY = `Vandals strike village park again

The toilets at the village park were damaged last week in the third such incident this year, police said.

A sign was torn off and a soap dispenser was pulled from the wall. Repairs will cost about $800.

Other recent incidents reported to the police include:

• a report of a missing boy on Oak Street who was later found at a friend's house nearby.

• a complaint about a barking dog on Trotter Lane that had been left outside for the night.

• a warning given to a driver who made an improper turn near the post office on Main Street.

• a small fire reported at a business on the highway that staff put out before crews arrived.`;

describe('a title and introduction over marked items', () => {
  it('reads each clock-timed entry of a log as a story and the title with its introduction as none', () => {
    const { articles } = extractText(LOG, { gazetteer: null });
    expect(articles.map((a) => a.paragraphs[0]?.slice(0, 12))).toEqual(['4:10 p.m. — ', '8:45 a.m. — ', '11:20 p.m. —', '6:05 a.m. — ', '2:30 p.m. — ', '9:15 p.m. — ']);
    expect(articles.every((a) => a.headline === '')).toBe(true);
  });

  it('reads bulleted items under an introduction as stories, the introduction as none', () => {
    const { articles } = extractText(BULLETS, { gazetteer: null });
    expect(articles.map((a) => a.paragraphs[0]?.slice(0, 16))).toEqual(['• A woman report', 'A man called to ', '• A resident of ', '• A caller said ']);
  });

  it('reads a bulleted brief\'s head in sentence case set off by a dash as its headline', () => {
    const { articles } = extractText(BULLETS, { gazetteer: null });
    expect(articles.map((a) => a.headline)).toEqual(['', 'Rooster wakes the whole street', '', '']);
  });

  it('keeps a story whose bulleted points a clause ending in a colon announces as one story', () => {
    const { articles } = extractText(STORY, { gazetteer: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('Vandals strike village park again');
  });
});
