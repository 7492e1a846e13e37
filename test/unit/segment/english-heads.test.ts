// English headline groups on plain page texts (issue 12, English plain-text round 2): a headline over its long deck
// (latin-heads.ts), a headline over a blog's lower-case tag line and a question opening the text (latin-heads.ts), a
// headline of short sentences left open over a page tool, a bracketed date and a byline (quoted-title.ts,
// tool-rows.ts, page-headline.ts). Each comes back as one story under the headline the page prints.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const heads = (text: string) => extractText(text, { gazetteer: null }).articles.map((a) => a.headline);

const TEXT = `The harbour board met for four hours on Thursday evening and agreed to a plan that will widen the north quay, dredge the channel and move the fish market to the old rail yard by the end of next year.

Board members said the cost would be shared with the port's two largest shippers, who have asked for deeper berths for some time, and that fees for small boats would not rise.

Fishermen at the meeting asked that the market stay open while it is moved, and the board agreed to build the new hall before the old one closes.`;

const DECK = `Skip to content

Harbour board: A wider quay for the fishing fleet

Members agree to dredge the channel and move the market, a plan the port has debated for more than ten years now

${TEXT}`;

const TAGGED = `Harbour Notes: The Quay Plan

harbour notes

Ever wonder what a wider quay would mean for the town?

${TEXT}`;

const SENTENCES = `The quay was too narrow. Then it flooded. Now the board is acting on it

Send a link to a friend

[March 3, 2024]

By ANNA WEST, MARY K. LANE and TOM REED

PORTVILLE, Maine (AP) — ${TEXT}`;

describe('English headline groups on page texts', () => {
  it('a headline over its deck, a long sentence: the headline heads the story', () => {
    expect(heads(DECK)).toEqual(['Harbour board: A wider quay for the fishing fleet']);
  });

  it('a headline over a lower-case tag line and a question: the headline heads the story, the question opens the text', () => {
    const articles = extractText(TAGGED, { gazetteer: null }).articles;
    expect(articles.map((a) => a.headline)).toEqual(['Harbour Notes: The Quay Plan']);
    expect(articles[0]!.paragraphs[0]).toBe('Ever wonder what a wider quay would mean for the town?');
  });

  it('a headline of short sentences, the last open, over a tool line, a bracketed date and a byline heads the story', () => {
    const articles = extractText(SENTENCES, { gazetteer: null }).articles;
    expect(articles.map((a) => a.headline)).toEqual(['The quay was too narrow. Then it flooded. Now the board is acting on it']);
    expect(articles[0]!.paragraphs).not.toContain('Send a link to a friend');
  });

  it('a kicker of two words over the headline stays a kicker', () => {
    const text = `Reporter's notebook\n\nA wider quay for the fishing fleet and the ferries\n\n${TEXT}`;
    expect(heads(text)).toEqual(['A wider quay for the fishing fleet and the ferries']);
  });
});
