// Layouts met in the fifty-second held-out round of issue #19: a programme's page of its episodes, each headed by the
// series' word and its number ("episode 135") over that week's summary, newest first. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const page = (numbers: number[]) =>
  [
    'HARBOUR HOUR',
    '“Harbour Hour” is a weekly news magazine from the coast’s community stations.',
    ...numbers.flatMap((n) => [
      `episode ${n}`,
      `This week on the show, number ${n}, we visit the fish market before dawn and hear from the crews about the season. We also meet a choir.`,
    ]),
  ].join('\n\n');

describe('a listing of numbered entries running back', () => {
  it('reads each "episode N" line as the headline of a story of its own, the title and its standfirst no story', () => {
    const seg = text(page([41, 40, 39]));
    expect(seg.articles.map((a) => a.headline)).toEqual(['episode 41', 'episode 40', 'episode 39']);
    expect(seg.articles[1]?.paragraphs[0]).toMatch(/^This week on the show, number 40/);
    expect(seg.rubrics).toContain('HARBOUR HOUR');
  });

  it('keeps parts numbered forward ("Part 1", "Part 2", "Part 3") as one story\'s sections', () => {
    const story = [
      'A walk along the old harbour wall',
      'The wall was built in stages over a century, and each stage tells something of the town that paid for it.',
      ...[1, 2, 3].flatMap((n) => [`Part ${n}`, `The walk's stage ${n} runs along the wall past the sheds and the slipway, and ends at a bench. Sit a while there.`]),
    ].join('\n\n');
    expect(text(story).articles).toHaveLength(1);
  });
});
