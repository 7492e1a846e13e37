// Round 70's layouts, on invented pages: a blog listing whose posts each carry a meta line of the writer's name, the
// date and a reading time under the title ("By Jane Doe March 3, 2021 4 min read", byline.ts), and a numbered list of
// world news items each opened by a place of one word set off by a colon ("1. Chile: …", colon-heads.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { parseBylineLine } from '../../../lib/segment/byline';

const LISTING = `Council Budget Vote Slips to Next Month

By MarthaGreen March 3, 2021 2 min read

The city council put off its vote on next year's budget after two members asked for more time to read the parks plan. The vote is now due on April 7, when the full council meets again […]

New Rules for Street Vendors Take Effect

By Martha Green March 1, 2021 4 min read

Food trucks and market stalls will need a single permit from Monday, replacing the three separate licences that vendors have had to hold until now, the licensing office said […]

Volunteers Plant Two Hundred Trees Along the River

By Omar Patel February 26, 2021 1 min read

More than sixty volunteers spent Saturday morning planting oaks and maples along the east bank, the first part of a plan to shade the whole river path within ten years […]`;

const PLACES = `This Week Around the World

Too busy to keep up? Our writers have gathered the week's main events in each region below.

  1. Chile: Voters chose a new assembly to write the country's constitution after a year of protests. Read more

  2. Peru: Floods in the north have cut the main coastal road and left two towns without power. Read more

  3. Brazil: The central bank raised its main interest rate for the third time this year. Read more

  1. Kenya: A new rail line between the capital and the coast opened to passengers on Monday. Read more

  2. Ghana: Cocoa farmers have won a higher price for their crop after a month of talks. Read more

  3. Nigeria: The election commission has set the date of the next general election for February. Read more`;

describe('a byline line closed by the post\'s date and reading time', () => {
  it('is read as the author, so each post\'s title heads its own teaser', () => {
    expect(parseBylineLine('By Martha Green March 1, 2021 4 min read')?.authors).toEqual(['Martha Green']);
    expect(parseBylineLine('By Omar Patel 3 min read')?.authors).toEqual(['Omar Patel']);
    const { articles } = extractText(LISTING, { gazetteer: null });
    expect(articles.map((a) => a.headline)).toEqual([
      'Council Budget Vote Slips to Next Month',
      'New Rules for Street Vendors Take Effect',
      'Volunteers Plant Two Hundred Trees Along the River',
    ]);
    expect(articles[2]!.paragraphs[0]).toMatch(/^More than sixty volunteers/);
  });

  it('leaves a headline that opens with "By" and a date alone', () => {
    expect(parseBylineLine('By March 1, 2021 the ferry will run again')).toBeNull();
  });
});

describe('numbered items opened by a one-word place and a colon', () => {
  it('reads each place as its item\'s headline where the page numbers five heads or more so', () => {
    const { articles } = extractText(PLACES, { gazetteer: null });
    expect(articles.map((a) => a.headline)).toEqual(['Chile', 'Peru', 'Brazil', 'Kenya', 'Ghana', 'Nigeria']);
    expect(articles[3]!.paragraphs[0]).toMatch(/^A new rail line/);
  });
});
