// Boxes of other stories kept in a page's text (lib/segment/box-labels.ts, issue 12): a story copied with the page's
// Next Story teaser above it and its Most Popular box below stays one article under its own headline; the teasers
// are neither its headline nor stories of their own.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const PAGE = `Harbour town opens its first floating library

Previous Story

Village bakery celebrates a century of bread

Next Story

Island ferry timetable changes for winter

The harbour town of Kilmore opened its first floating library on Saturday, a converted barge moored by the fish market that lends books to anyone with a library card.

The barge holds four thousand books and a reading room, and it will sail to the island villages twice a month in summer, the town's librarian said.

Volunteers spent two years fitting out the barge, which the port authority sold to the town for one euro.

Most Popular

1. Fishermen protest new quota rules
Business

Fishermen blocked the harbour mouth for an hour on Friday to protest the new quota rules.

2. Lighthouse keeper retires after forty years
People

The last keeper of the Kilmore light has handed over his keys to the harbour board.

3. Storm damages pier at Ballycotton
Weather

The pier's end was closed after Thursday's storm washed away part of its railing.`;

describe('boxes of other stories in a page text', () => {
  it('keeps the page\'s story one article under its headline, without the teasers', () => {
    const articles = extractText(PAGE, { gazetteer: null }).articles;
    expect(articles.map((a) => a.headline)).toEqual(['Harbour town opens its first floating library']);
    const text = articles[0]!.paragraphs.join('\n');
    expect(text).toContain('sold to the town for one euro');
    expect(text).not.toContain('Fishermen blocked the harbour');
    expect(text).not.toContain('Island ferry timetable');
  });

  // A theme's author box and a recommendation widget's label under the story (English plain-text round 12).
  it('leaves an author box\'s and a recommendation widget\'s labels out of the story\'s text', () => {
    const page = `Bridge repairs close the river road for a month

The river road will close for a month from Monday while crews repair the old stone bridge, the county said.
Drivers will be sent through the hill villages, adding ten minutes to the trip into town.
The bridge was built in 1880 and last repaired thirty years ago.

About Post Author

From the Web

Skip to content`;
    const articles = extractText(page, { gazetteer: null }).articles;
    expect(articles).toHaveLength(1);
    const text = articles[0]!.paragraphs.join('\n');
    expect(text).toContain('last repaired thirty years ago');
    expect(text).not.toContain('About Post Author');
    expect(text).not.toContain('From the Web');
  });
  // A feed's "Next Up" label over a list of other headlines, with a label of a first list and a box's name under it
  // (English plain-text round 13): the headlines are neither stories nor the page's headline.
  it('keeps a story one article when a "Next Up" list of other headlines follows it', () => {
    const page = `Orchard growers report record apple harvest

Oct 3, 2021 9:15 am

Editor's View

Good weather and fewer late frosts explain most of it, though growers warn prices will fall as a result of the glut.

Sign Up for the Weekly Digest

Farmers across the valley picked more apples this autumn than in any year since records began, the growers' association said.

The association said storage sheds were full and some fruit would go to juice presses for the first time in a decade.

Prices at the wholesale market fell by a fifth in September.

Tags: ,

Next Up

More on Harvest Weekly

5 Ways Cooperatives Are Changing Dairy Farming
Why Pear Growers Are Planting Fewer Trees This Year
Your Autumn Reading: Three Books on Soil
Greenhouse Tomatoes: Friend or Foe of the Field?`;
    const articles = extractText(page, { gazetteer: null }).articles;
    expect(articles.map((a) => a.headline)).toEqual(['Orchard growers report record apple harvest']);
    const text = articles[0]!.paragraphs.join('\n');
    expect(text).toContain('fell by a fifth in September');
    expect(text).not.toContain('Pear Growers');
  });
  // The same label on an endless-scroll page, with the next story's headline and text under its teasers: that story
  // keeps its text.
  it('keeps the next story of an endless-scroll page under an "Up Next" label', () => {
    const next = 'The county opened its new ferry terminal on Monday, a glass hall by the old pier that can seat three hundred passengers waiting for the island boats.';
    const page = `Orchard growers report record apple harvest

Farmers across the valley picked more apples this autumn than in any year since records began, the growers' association said on Friday at its annual meeting in the market hall.

The association said storage sheds were full and some fruit would go to juice presses for the first time in a decade, while prices at the wholesale market fell by a fifth.

Up Next

Why Pear Growers Are Planting Fewer Trees This Year

Continue Reading

County opens new ferry terminal by the old pier

${next}

The terminal cost twelve million euros and replaces a waiting room built in 1962, which will become a museum of the ferry service, the county said.`;
    const articles = extractText(page, { gazetteer: null }).articles;
    const text = articles.flatMap((a) => a.paragraphs).join('\n');
    expect(text).toContain(next);
    expect(text).toContain('replaces a waiting room built in 1962');
  });
  // A sports report's own "UP NEXT" section, its lines sentences, is the report's text.
  it('keeps a sports report\'s "UP NEXT" section of sentences as its text', () => {
    const page = `Harbour Rovers edge past Valley United in the cup

Harbour Rovers beat Valley United 2-1 on Saturday, a late header from their captain settling a tight cup tie in front of a full stand at the quay ground.

Valley had levelled early in the second half, and their keeper kept them in it with three saves before the winner came in the last minute.

UP NEXT

Rovers: Host the Millers on Wednesday.

United: Visit the Saints on Saturday.`;
    const text = extractText(page, { gazetteer: null }).articles.flatMap((a) => a.paragraphs).join('\n');
    expect(text).toContain('Host the Millers on Wednesday');
  });
});
