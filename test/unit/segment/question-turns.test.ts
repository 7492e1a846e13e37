// An interview's questions set as heads over its answers (lib/segment/question-turns.ts, issue 12): a Q&A kept as
// plain text stays one article under its headline, questions and answers its text; a page of briefs whose stories
// are headed by questions but report in the third person still splits.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const INTERVIEW = `Q&A: The harbour master on a year of record cruise ships | Coast Daily

Ellen Marsh has run the port of Kilmore for eleven years. As the cruise season ends, she spoke to us about crowds, berths and the town's patience.

This interview has been edited for length and clarity.

How many ships came this year?

Forty-one, against twenty-six last year. On three days we had two ships in at once, which the old quay was never built for.

What did the town say?

Some shops did their best summer ever. Others said the streets were impossible, and I understand that. We will cap it at one ship a day next year.

Is the new berth going ahead?

The council approves the plans in March. If it does, building starts in the autumn and I expect the berth to open in two years.`;

const BRIEFS = `This week in the county

Will the library open on Sundays?

The county council voted on Tuesday to open the Dunmore library on Sundays from next month, after finding money for two more librarians.

Is the coast road safe?

Engineers inspected the coast road at Ballyhale after last week's landslip and said it could reopen to cars, though not to lorries, on Friday.

Who won the regional cup?

The Ashford under-12 team beat Kilrea four goals to one in the final on Saturday, the club's first cup in twenty years.`;

describe('an interview\'s questions over its answers', () => {
  it('keeps the interview one article with its turns', () => {
    const articles = extractText(INTERVIEW, { gazetteer: null }).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toMatch(/^Q&A: The harbour master/);
    expect(articles[0]!.paragraphs).toContain('What did the town say?');
  });

  it('still splits briefs headed by questions and told in the third person', () => {
    expect(extractText(BRIEFS, { gazetteer: null }).articles.map((a) => a.headline)).toEqual(['Will the library open on Sundays?', 'Is the coast road safe?', 'Who won the regional cup?']);
  });
});
