// A listing of episodes under date rows (round 64, lib/segment/row-starts.ts): an episode whose title was not stored
// still opens under its date row, and the show's name and description above the first row are no story.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const PAGE = `5 Stories

The headlines you need each morning, in ten minutes, from the newsroom of a regional paper. Three stories a day and why they matter to you. Six days a week, with a longer talk on Saturdays, hosted by two of our reporters.

All episodes

• 03.04.2022

9 MB

Floods close the coast road

Our transport reporter drives the closed road and hears from the towns cut off. Plus, the budget vote and a new ferry.

• 02.04.2022

11 MB

Schools in the valley will open an hour later from next month. Parents and teachers tell us what they think of it.

• 01.04.2022

10 MB

A harbour reborn

The old fish market reopens as a food hall. Plus, the lottery winner who gave it all away and the weekend weather.`;

describe('a listing parted by date rows', () => {
  it('opens an untitled item under its row and keeps the header out', () => {
    const { articles } = extractText(PAGE, { gazetteer: null });
    expect(articles).toHaveLength(3);
    expect(articles.map((a) => a.headline)).toEqual(['Floods close the coast road', '', 'A harbour reborn']);
    expect(articles[1]?.paragraphs[0]?.startsWith('Schools in the valley')).toBe(true);
  });
});
