// A short headline-like line inside a story: a banner dropped mid-sentence (lifted out as a rubric) or a subhead
// over the next paragraph (kept in the story's text).
import { describe, expect, it } from 'vitest';
import { segment } from '../../../lib/segment';
import type { Block } from '../../../lib/types';

function b(text: string, tag = 'p', headingLevel: number | null = null): Block {
  return { text, tag, headingLevel, className: '', container: null, emphasis: false };
}

describe('headline-like lines inside one story', () => {
  it('keeps a subhead after an open line when a capitalised sentence follows it', () => {
    const seg = segment(
      [
        b('Meal prep for the week', 'h1', 1),
        b('Here is a whole week of meals that you can cook ahead on a Sunday afternoon.'),
        b('Between the meals, eat a snack every two to three hours from this list:'),
        b('Snacks', 'h3', 3),
        b('One scoop of protein powder, a cup of strawberries and almond milk, blended.'),
      ],
      { lang: 'en', oneStory: true },
    );
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.paragraphs.join('\n')).toContain('Snacks');
    expect(seg.rubrics).not.toContain('Snacks');
  });

  it('lifts out a banner that falls between the halves of a sentence', () => {
    const seg = segment(
      [
        b('Council approves the budget', 'h1', 1),
        b('The vote ended a month of hearings in which residents spoke for and against the plan.'),
        b('The council approved the budget on Tuesday evening after a long and at times bitter debate, and the mayor told reporters outside the chamber that the'),
        b('Special report'),
        b('money would go first to schools and roads across the city.'),
      ],
      { lang: 'en', oneStory: true },
    );
    const text = seg.articles[0]?.paragraphs.join('\n') ?? '';
    expect(text).toContain('the chamber that the money would go first');
    expect(text).not.toContain('Special report');
  });
  it('keeps list items that run on in lower case in the story, never as banners', () => {
    const seg = segment(
      [
        b('A grant to test and scale new programs', 'h1', 1),
        b('We recommended the grant because the program could turn out well in two ways, which we describe below in turn, with our reasons for each of them and what we expect:'),
        b('if the charities it incubates are more cost-effective than our top charities, or', 'li'),
        b('if they are similarly cost-effective but add room for more funding, which would let donors give more to programs of the same quality as today, in more countries.', 'li'),
        b('Either outcome would be worth the cost of the grant to donors.'),
      ],
      { lang: 'en', oneStory: true },
    );
    const text = seg.articles[0]?.paragraphs.join('\n') ?? '';
    expect(text).toContain('if the charities it incubates');
    expect(seg.rubrics).toEqual([]);
  });
  it('keeps short headings the page repeats over each part (h3 "Meal 1" every day)', () => {
    const day = (n: number) => [
      b(`Day ${n} menu`, 'h2', 2),
      b('Meal 1', 'h3', 3),
      b(`Oats with berries and ${n} spoons of nut butter, cooked the night before.`),
      b('Meal 2', 'h3', 3),
      b(`Chicken, rice and ${n} cups of greens, packed in glass boxes for the office.`),
    ];
    const seg = segment([b('A week of meal prep', 'h1', 1), b('Here is a whole week of meals that you can cook ahead on a Sunday afternoon.'), ...day(1), ...day(2)], { lang: 'en', oneStory: true });
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.paragraphs.filter((p) => p === 'Meal 1')).toHaveLength(2);
  });
});
