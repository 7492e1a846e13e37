// English plain-text round 9 (issue 12): a headline closed by a full stop printed twice at the page's head
// (doubled-title.ts), a content system's filing label (filing-lines.ts), a rating badge under the headline
// (rating-lines.ts), a site's copyright line at the foot (copyright-lines.ts), and a release service's name framed in
// slashes in a wire release's dateline (dateline.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { LAST, LEAD, MORE, TITLE } from './english-story';


function read(text: string) {
  return extractText(text, { gazetteer: null }).articles;
}

describe('English plain-text round 9', () => {
  it('reads a stopped headline printed twice at the head as the headline', () => {
    const articles = read(`${TITLE}.\n\n\n${TITLE}.\n\n${LEAD}\n\n${MORE}`);
    expect(articles.map((a) => a.headline)).toEqual([`${TITLE}.`]);
    expect(articles[0]!.paragraphs[0]).toBe(LEAD);
    // Printed once, a stopped line stays prose.
    expect(read(`${TITLE}.\n\n${LEAD}\n\n${MORE}`)[0]!.headline).not.toBe(`${TITLE}.`);
    // Under a headline, a short sentence printed twice is the lead repeated: the headline stays.
    const lead = 'Saturday, the town opened its library on a barge.';
    expect(read(`${TITLE}\n\n${lead}\n\n${lead}\n\n${MORE}`).map((a) => a.headline)).toEqual([TITLE]);
  });

  it("keeps a content system's filing label out of the headline and paragraphs", () => {
    for (const label of ['  • Post category:Culture', 'Category: Local News', 'Filed under: Towns, Books']) {
      const articles = read(`${TITLE}\n\n${label}\n\n${LEAD}\n\n${MORE}`);
      expect(articles.map((a) => a.headline), label).toEqual([TITLE]);
      expect(articles[0]!.paragraphs, label).toEqual([LEAD, MORE]);
    }
  });

  it('keeps a rating badge under the headline out of the headline', () => {
    const articles = read(`${TITLE}\n\nTrustMeter 95/100 Score\n\n${LEAD}\n\n${MORE}`);
    expect(articles.map((a) => a.headline)).toEqual([TITLE]);
    expect(articles[0]!.paragraphs).toEqual([LEAD, MORE]);
  });

  it("keeps a site's copyright line out of the story's paragraphs", () => {
    for (const line of ['© 2019 Kilmore Courier (pvt) Ltd', 'Copyright © 2021 Kilmore Media. All rights reserved.']) {
      const articles = read(`${TITLE}\n\n${LEAD}\n\n${MORE}\n\n${LAST}\n\n${line}`);
      expect(articles[0]!.paragraphs, line).toEqual([LEAD, MORE, LAST]);
    }
    // A station's credit run on into a sentence is no line of furniture.
    const credit = 'Copyright 2017 Kilmore Radio. To see more, visit Kilmore Radio.';
    expect(read(`${TITLE}\n\n${LEAD}\n\n${MORE}\n\n${credit}`)[0]!.paragraphs).toContain(credit);
  });

  it("reads a release service's name in slashes as the dateline's source", () => {
    const [a] = read(`${TITLE}\n\nKILMORE, Ireland, May 21, 2018 /PRNewswire/ -- ${LEAD}\n\n${MORE}`);
    expect(a!.dateline).toMatchObject({ place: 'KILMORE, Ireland', source: 'PRNewswire', date: '2018-05-21' });
    expect(a!.paragraphs[0]).toBe(LEAD);
    expect(a!.published).toBe('2018-05-21');
  });
});
