// Round 67's layout, on an invented page: a people-news summary whose first item prints its headline run into its
// own first sentence with no mark between them, the sentence naming the headline's subject again in full
// (name-run-in.ts), under the page's title and over the summary's standfirst and headed items.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { runInHeadAt } from '../../../lib/segment/name-run-in';

const SUMMARY = `Celebrity News Roundup: Young sailor crosses the Atlantic alone; Museum returns stolen violin and more

Pioneering editor Lena Moor dead at 90 Dame Lena Moor, a British newspaper editor whose fifty-year career took her from a village weekly to the largest daily in the north, died on Monday at the age of 90.

Following is a summary of current celebrity news briefs.

Young sailor crosses the Atlantic alone in a boat he built

A nineteen-year-old sailor reached the harbour of Lisbon on Sunday after forty days alone at sea in a small wooden boat he had built in his parents' garden. He said he had run out of fresh food two weeks before landing and lived on rice and tinned fish.

Museum returns stolen violin to the family of its maker

A city museum has handed back a violin stolen from a workshop eighty years ago, after a visitor recognised the maker's mark in a photograph. The family said they would lend the instrument back to the museum for an exhibition next spring.`;

describe('a headline run into its text, the text naming its subject again', () => {
  it('reads the first item under its own headline, its text opening with the name', () => {
    const { articles } = extractText(SUMMARY, { gazetteer: null });
    expect(articles.map((a) => a.headline)).toEqual([
      'Pioneering editor Lena Moor dead at 90',
      'Young sailor crosses the Atlantic alone in a boat he built',
      'Museum returns stolen violin to the family of its maker',
    ]);
    expect(articles[0]!.paragraphs[0]).toMatch(/^Dame Lena Moor, a British newspaper editor/);
  });

  it('leaves a sentence naming two teams that share a word whole', () => {
    expect(runInHeadAt('The Riverside City Hawks beat the Riverside City Owls by three points on Saturday night, their fourth win in a row at home this season.')).toBe(-1);
    expect(runInHeadAt('Riverside City Hawks beat Riverside City Owls 3-1 on Saturday night, their fourth win in a row at home this season and their best run in years.')).toBe(-1);
  });

  it('leaves a sentence whose words before the repeated name close on a verb of saying whole', () => {
    expect(runInHeadAt('Mayor Anna Berg of the river town said Anna Berg Park would open again in May after the flood repairs, the council confirmed on Tuesday.')).toBe(-1);
  });
});
