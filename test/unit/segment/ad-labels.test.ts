// An advertising slot's label left as a line of its own in a page text (lib/segment/ad-labels.ts, English plain-text
// round 12): never a paragraph nor a headline, and, printed again between two paragraphs, no end of the story's text,
// so the subheading under it stays the story's.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { isAdLabel } from '../../../lib/segment/ad-labels';

const ONE_LABEL = `Council votes to reopen the old ferry pier

The town council voted on Tuesday to reopen the old ferry pier after two years of repairs, ending a long fight over who should pay for them.

Story continues below advertisement

The pier will take the summer boats from June, the harbour master said, and a café will open at its end.

Fishermen who moor by the pier welcomed the vote but asked for more parking near the slipway.`;

const REPEATED = `Advertisement

Harbour town counts the cost of the winter storms

Share
By Mary Quinn

The winter storms cost the harbour town more than it spends on its roads in a year, the council's accounts show.

Three boats sank at their moorings in January, and the sea wall by the chapel gave way twice.

Advertisement

Repairs Wait For Spring

The council has asked the county for help with the sea wall, which it cannot mend before the spring tides.

Until then the road along the front stays closed to cars, and the bus turns at the church.`;

describe('advertising slot labels in a page text', () => {
  it('reads the label and nothing else', () => {
    for (const line of ['Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'Advertisement - Scroll to continue', 'Sponsored content']) {
      expect(isAdLabel(line), line).toBe(true);
    }
    for (const line of ['Advertisement sales fell by a third', 'The ad campaign ran for a month.', 'Sponsored by the council']) {
      expect(isAdLabel(line), line).toBe(false);
    }
  });

  it('keeps a label between paragraphs out of the story, which stays one under its headline', () => {
    const { articles } = extractText(ONE_LABEL, { gazetteer: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('Council votes to reopen the old ferry pier');
    expect(articles[0]?.paragraphs.join('\n')).not.toContain('advertisement');
    expect(articles[0]?.paragraphs).toHaveLength(3);
  });

  it('reads a subheading under a repeated label as the story’s, not a story of its own', () => {
    const { articles } = extractText(REPEATED, { gazetteer: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('Harbour town counts the cost of the winter storms');
    expect(articles[0]?.paragraphs.join('\n')).toContain('The council has asked the county');
    expect(articles[0]?.paragraphs.join('\n')).not.toContain('Advertisement');
  });
});
