// A blog's round-up under its column's name (round 65, lib/segment/outline-plans.ts byBriefColumn): the writer's
// introduction, closed by a colon announcing the items, is the column's standfirst, and each bulleted item under it
// is a story of its own.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const PAGE = `Monday Roundup

It was a quiet weekend at the office, apart from the leak in the kitchen that kept two of us busy on Saturday morning.

We spent Sunday at the river fair, which had more food stalls than ever and a brass band that played until dark. Here is the weekend that was:

  • The city council approved the new bike lanes on Harbour Road after a long debate that ran past midnight.

  • A local bakery won the regional bread prize for the third year running, beating forty other shops.

  • The summer concert series will open in June with a free show in the park, the organisers said on Friday.`;

describe('a round-up column under an introduction closed by a colon', () => {
  it('reads each bulleted item as a story and the introduction as no story', () => {
    const { articles } = extractText(PAGE, { gazetteer: null });
    expect(articles).toHaveLength(3);
    expect(articles.map((a) => a.paragraphs[0]?.replace(/^•\s*/, '').slice(0, 12))).toEqual(['The city cou', 'A local bake', 'The summer c']);
  });
});
