// A column of headless snippets with no title (round 65, lib/segment/lead-item.ts): the first snippet, ending on a
// whole sentence where the others are cut with " ...", is an item of the column, not a standfirst dropped as a
// banner; a short tagline over the snippets stays out.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const SNIPPETS = [
  'Harbour residents vote for a new footbridge and a longer ferry season on the April ballot in two towns.',
  'The library board met on Tuesday to weigh the cost of a new roof for the old reading room on Main Street ...',
  'Parents at the valley school asked the district to add a second bus route before the winter term ...',
  'The fire chief told the council that the station needs two more trucks and a larger crew to cover the hills ...',
  'A bakery on the square will close after forty years when its owners retire at the end of the summer ...',
];

describe('the first of a column of headless snippets', () => {
  it('is an item of the column, its text kept', () => {
    const { articles } = extractText(SNIPPETS.join('\n\n'), { gazetteer: null });
    expect(articles).toHaveLength(5);
    expect(articles[0]?.paragraphs[0]?.startsWith('Harbour residents vote')).toBe(true);
    expect(articles.every((a) => a.headline === '')).toBe(true);
  });

  it('leaves a short tagline over the snippets out', () => {
    const page = ['Your town, every morning.', ...SNIPPETS.slice(1)].join('\n\n');
    const { articles } = extractText(page, { gazetteer: null });
    expect(articles).toHaveLength(4);
    expect(articles[0]?.paragraphs[0]?.startsWith('The library board')).toBe(true);
  });
});
