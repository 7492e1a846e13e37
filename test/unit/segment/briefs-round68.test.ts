// Layouts met in the sixty-eighth held-out round of issue #19: a briefs column whose run-in head in capitals has a
// closing double quotation mark typed for an apostrophe ("MAYOR”S …:"), a "Read more:" label inside a story's text
// over another story's headline, and a note that the page's text is a copy of a newsletter one may sign up for.
// Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

describe('run-in heads in capitals with a mistyped apostrophe', () => {
  it('reads "MAYOR”S BUDGET VETO:" as the brief\'s head like its neighbours', () => {
    const page = [
      'Town Bites',
      'HARBOUR CLOSED: The harbour board closed the north slipway on Tuesday for repairs that will last until the end of the summer season.',
      'MAYOR”S BUDGET VETO: The mayor vetoed the council’s budget on Wednesday, saying the plan spent too much on a new car park and too little on roads.',
      'SEAL COUNT RECORD: Volunteers counted more than two hundred seals on the sandbar this week, the most since the count began nine years ago.',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['HARBOUR CLOSED', 'MAYOR”S BUDGET VETO', 'SEAL COUNT RECORD']);
    expect(seg.articles[1]?.paragraphs[0]).toMatch(/^The mayor vetoed/);
  });
});

describe('a "Read more:" link inside a story', () => {
  const page = [
    'Ferry crews train for winter storms',
    'Crews on the island ferry spent the week training for the winter storms that close the crossing most years.',
    '“We lose a dozen days a winter to the weather, and every one of them costs the island,” the captain said on Friday.',
    'Read more:',
    'Why the island’s second ferry never sailed',
    'The training ends on Sunday with a night drill off the north pier, the port authority said in a statement.',
    'The crossing reopens to cars on Monday morning, with the first boat leaving at six.',
    'Library opens its new reading room',
    'The town library opened its new reading room on Saturday after two years of fundraising by its friends’ group.',
  ].join('\n\n');

  it('keeps the story whole under the link: two stories, the linked headline heads nothing', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['Ferry crews train for winter storms', 'Library opens its new reading room']);
    expect(seg.articles[0]?.paragraphs.join(' ')).toContain('night drill off the north pier');
  });
});

describe('a note that the page is a copy of a newsletter', () => {
  it('leaves the sign-up note out: the letter opens with its greeting', () => {
    const page = [
      'This article is an on-site version of our Weekly Planner newsletter. Sign up here to get the newsletter sent straight to your inbox every Monday',
      'Good morning and welcome to the week.',
      'The council sets its budget on Tuesday, and the harbour board meets on Thursday to decide the future of the north slipway, closed since the spring.',
      'On Saturday the island’s ferry crews hold their first night drill off the north pier, and the library opens its new reading room.',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.paragraphs[0]).toBe('Good morning and welcome to the week.');
  });
});
