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
});
