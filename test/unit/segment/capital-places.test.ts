// A county round-up's marked items (lib/segment/capital-places.ts): a round-up names each item's county in capitals
// inside its one paragraph, and sets some items under a bullet (►) that opens with a few words of its own before the
// county comes ("► Fixing the roads… ASHDOWN and KESTREL COUNTY…"). Each bulleted item is an item of the round-up as
// the plain ones are, not a point of the item above it; an unmarked paragraph under it naming no county stays its.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const ROUNDUP = `County News

News from Across the Region - May 3, 2021

Dog owners in HARLOW COUNTY can now license their pets online, the Harlow Gazette reported. The county says the new system will save residents a trip to the clerk's office and cut the waiting time for tags from two weeks to two days.

Error message

In order to filter by the "in queue" property, you need to add the Entityqueue: Queue relationship.

Western BRENTMOOR COUNTY saw its first snowfall of the season last week, closing two mountain passes and a ski road, according to the state transport office. Crews worked through the night to clear the main roads and the county asked drivers to stay home. The passes reopened on Friday.

► Fixing roads after the spring floods is costing more than planned for at least three counties, the Valley Times reported. ASHDOWN, KESTREL and LOWER FENWICK counties told the state this week that repair bids have come in far above last year's prices.

The state road office said it would look at the bids and help the counties find cheaper contractors before the summer season starts.

► Good news for readers. MILLBROOK COUNTY libraries will stay open until nine on weeknights from June, after the county board approved money for four more staff.`;

describe('marked items of a county round-up', () => {
  it('opens an item at each bulleted paragraph naming a county', () => {
    const { articles } = extractText(ROUNDUP, { gazetteer: null });
    expect(articles).toHaveLength(4);
    expect(articles[2]!.paragraphs[0]).toMatch(/^► Fixing roads/);
    expect(articles[2]!.paragraphs.join(' ')).toContain('The state road office said');
    expect(articles[3]!.paragraphs[0]).toMatch(/^► Good news for readers/);
  });
});
