// A head of two parts parted by a dash, its first in capitals (lib/segment/two-part-heads.ts, issue 12), inside a
// plain-text story: no bare dateline, so it is not run into the paragraph under it as that paragraph's opening (nor,
// on a longer page, read as a story of its own); a real bare dateline opening a sentence is still read.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { classify } from '../../../lib/segment/classify';

const STORY = `City council caps rents in the old town for five years | Riverside Post

The city council voted on Wednesday to cap rents in the old town for five years, after a year of protests by tenants who said they were being priced out of the district.

Landlords may raise rents by no more than two per cent a year, and the cap applies to every flat built before 1990, the council said.

The vote passed by 31 to 18, with the two largest groups on the council voting for it.

Landlords' associations said they would take the council to court, arguing that the cap breaks the state's housing law.

RENT CAP – What changes for tenants

Tenants whose rent rose by more than two per cent since January can ask for the difference back, the council's housing office said.

Flats built after 1990 stay outside the cap, as do rooms let to students for less than a year.`;

describe('a head of two parts inside a plain-text story', () => {
  it('keeps the head a line of its own in the one story', () => {
    const articles = extractText(STORY, { gazetteer: null }).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toContain('RENT CAP – What changes for tenants');
    expect(articles[0]!.dateline).toBeNull();
  });

  it('still reads a bare dateline that opens a sentence', () => {
    const block = { text: 'RIVERSIDE – Tenants will pay less from May, the council said.', tag: 'p', headingLevel: null, className: '', container: null, emphasis: false };
    expect(classify(block as never).dateline?.dateline.place).toBe('RIVERSIDE');
  });
});
