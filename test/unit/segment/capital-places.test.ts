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

// A round-up whose items run to a few paragraphs each: the county's name in capitals in an item's first paragraph
// only, mixed case after it. The page opens with an item, and each named paragraph opens the next one.
const LONG_ITEMS = `Association of Shires

Springfield

The state roads office changed its mind and agreed to work with officials in HARLOW COUNTY on signs pointing to the new flood shelters.

The office had opposed the signs along the highway because they would crowd the signs already there, the Gazette reported.

Last year the county kept the federal agency from pulling down two shelters built beside schools.

Lawyers for BRENTMOOR COUNTY and a quarry company filed a suit against the state parks board and its director this week.

The suit says the board closed forty thousand acres of land to quarrying without the hearings the law asks for.

According to the suit, the county stands to lose several million dollars in fees and hundreds of jobs.

The Brentmoor County board voted in 2019 to back quarrying in the north of the county, near the river.

The ASHDOWN COUNTY board made it easier for its lawyers to close food stalls that break the county's health rules.

A new policy the board approved also brings fines of fifty dollars a day for each stall found breaking the rules.

Today the process to close a stall takes four months, but the changes could bring it down to about six weeks.`;

// An item closed by its picture's credit, a line with no stop, is a whole paragraph of the round-up all the same.
const CREDITED = `County News

News from Across the Region - June 7, 2021

Officials in HARLOW COUNTY are expected to open a rough park for trail bikes and four-wheel drives, the Gazette reported. The park will sit an hour north of the city on old quarry land. Photo credit: Harlow County Parks

Dog owners in BRENTMOOR COUNTY can now license their pets online, the Brentmoor Times reported. The county says the new system will cut the waiting time for tags from two weeks to two days.

A gift of new road signs is helping visitors find the wineries of ASHDOWN COUNTY, the Valley Radio reported. The county hopes the signs will bring more visitors to its small farms and wineries.`;

describe('a county round-up of longer items', () => {
  it('opens an item at each paragraph naming a county, the paragraphs under it staying its', () => {
    const { articles } = extractText(LONG_ITEMS, { gazetteer: null });
    expect(articles).toHaveLength(3);
    expect(articles[0]!.paragraphs.join(' ')).toContain('Last year the county kept');
    expect(articles[1]!.paragraphs[0]).toMatch(/^Lawyers for BRENTMOOR COUNTY/);
    expect(articles[1]!.paragraphs.join(' ')).toContain('The Brentmoor County board voted');
    expect(articles[2]!.paragraphs[0]).toMatch(/^The ASHDOWN COUNTY board/);
  });

  it('reads an item closed by its picture credit as one of the items', () => {
    const { articles } = extractText(CREDITED, { gazetteer: null });
    expect(articles).toHaveLength(3);
    expect(articles[0]!.paragraphs[0]).toMatch(/^Officials in HARLOW COUNTY/);
    expect(articles[1]!.paragraphs[0]).toMatch(/^Dog owners in BRENTMOOR COUNTY/);
    expect(articles[2]!.paragraphs[0]).toMatch(/^A gift of new road signs/);
  });
});
