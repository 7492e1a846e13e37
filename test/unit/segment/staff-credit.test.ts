// A staff credit naming no one ("Times Staff Writer") among a page text's first lines is the story's byline
// (lib/segment/role-bylines.ts), and a sharing widget's label between the headline and that byline is no part of
// the headline group (lib/segment/boundaries.ts): English plain-text round 12. The headline stays the page's, the
// credit is neither the headline nor a paragraph, and a subheading further down opens no story of its own.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { isStaffCredit } from '../../../lib/segment/role-bylines';

const CREDITED = `Valley farmers count the cost of a dry spring

Herald Staff Writer

Farmers in the upper valley have sold a third of their herds since March, the county's livestock market says, as the dry spring left the hill pastures bare.

Hay that sold for forty dollars a bale last year now fetches twice that, and some farms are buying feed from three states away.

Waiting For Rain

The county has asked the state for drought aid, which would pay part of the feed bills until the autumn.

Until then, the market expects more herds to come to sale each week.`;

const SHARED = `Library opens its doors on Sundays

Share
By Tom Reyes

The city library will open on Sundays from next month, the first time in its hundred years, after the council found money for two more librarians.

Readers had asked for Sunday hours for a decade, the head librarian said.`;

describe('staff credits and widget labels under a page text’s headline', () => {
  it('reads a staff credit naming no one, and no headline or sentence', () => {
    for (const line of ['Times Staff Writer', 'Staff Reporter', 'Special Correspondent', 'Daily News Staff Photographer']) expect(isStaffCredit(line), line).toBe(true);
    for (const line of ['The Ghost Writer', 'Staff Writers Strike at the Paper', 'A staff writer said so.']) expect(isStaffCredit(line), line).toBe(false);
  });

  it('keeps the headline over the credit, and the story one', () => {
    const { articles } = extractText(CREDITED, { gazetteer: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('Valley farmers count the cost of a dry spring');
    expect(articles[0]?.paragraphs.join('\n')).not.toContain('Staff Writer');
    expect(articles[0]?.paragraphs.join('\n')).toContain('The county has asked the state');
  });

  it('never takes the share label between the headline and the byline for the headline or its deck', () => {
    const { articles } = extractText(SHARED, { gazetteer: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('Library opens its doors on Sundays');
    expect(articles[0]?.subheadline).toBeNull();
    expect(articles[0]?.byline?.authors).toEqual(['Tom Reyes']);
  });
});
