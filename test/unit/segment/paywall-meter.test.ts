// A page of nothing but bulleted headless briefs under a metered paywall's counter and sign-up prompt (round 55):
// the meter is furniture (lib/segment/offer-lines.ts), so each brief is a story of its own; bulleted points under a
// story's headline and lead stay that story's.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const BRIEFS = `You have /5 articles left.
Sign up for a free account or log in.

• The river college announced a $20 million gift this morning. The funds will renovate its library and build a new science hall. The gift is the largest in the college's history.

• The board of the valley community college named an interim president on Tuesday, the local paper reported. The former president left last month after a dispute over the budget.

• A state panel urged universities to report how many transfer students finish their degrees. The panel said the numbers would help families choose a college.`;

const STORY = `River college receives record gift

The river college announced a $20 million gift this morning, the largest in its history, from an alumna who asked not to be named.

The gift will pay for three things:

• A renovation of the college library, closed since a flood two years ago left its lower floor under water.

• A new science hall beside the football field, with teaching laboratories for chemistry and biology students.

• Scholarships for students from the county's farming towns, who will pay no tuition from next autumn on.

The college president said work on the library would start in the spring.`;

describe('bulleted headless briefs', () => {
  it('reads each bulleted brief of a page of briefs as a story, the paywall meter as no story', () => {
    const { articles } = extractText(BRIEFS, { gazetteer: null });
    expect(articles.map((a) => a.paragraphs[0]?.slice(0, 24))).toEqual(['• The river college anno', '• The board of the valle', '• A state panel urged un']);
    expect(articles.every((a) => a.headline === '')).toBe(true);
  });

  it('keeps bulleted points under a headline and lead as one story', () => {
    const { articles } = extractText(STORY, { gazetteer: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('River college receives record gift');
  });
});
