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

const SIGNED = `Monday notes: the week in short

by Ada Moreland

Most of us are too busy to follow every story as it breaks. So here are the few that mattered most this week, one paragraph each, to read over a cup of tea.

1. A lighthouse keeper on the northern coast retired after forty years at the lamp. The town held a dinner in his honour on Saturday, and the mayor said the light would be run by a machine from now on. His daughter said he plans to fish.

2. The county library opened a reading room for children in the old fire station. It will stay open until eight on weekdays, and volunteers will read stories aloud on Saturday mornings. The room cost less than the council had feared.

3. Heavy rain flooded the underpass on the ring road for the second time this month. Engineers say the drains are too small for storms of this size, and the council has asked for money to replace them before the winter sets in.

1. A bakery on the high street won a national prize for its rye bread. The owners, who opened the shop only three years ago, plan to hire two more bakers in spring and to open a second shop across the river next year.

2. The river ferry will run again from Monday after a month of repairs to its engine. Tickets cost the same as last year, and the first boat leaves at seven each morning from the old quay, the operator said on Friday.`;

describe('a title and introduction over marked items', () => {
  it('reads the numbered items under a signed title and its introduction as the stories, the introduction as none', () => {
    const { articles } = extractText(SIGNED, { gazetteer: null });
    // Two runs of numbered items (the days' headings not printed), under a title, its author's line and an introduction.
    expect(articles.map((a) => a.paragraphs[0]?.slice(0, 14))).toEqual(['1. A lighthous', '2. The county ', '3. Heavy rain ', '1. A bakery on', '2. The river f']);
  });

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
