// Layouts met in the twenty-second held-out round of issue #19 (English papers outside the US): a city page's
// teasers with a "Place, Month Day" line under each headline, a county round-up of headless items each signed
// "[Source: paper]", and a daily summary under a date line. Texts written here; each beside the trap it must not
// be confused with.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { isDatelineLine } from '../../../lib/segment/dateline';
import { parseAgencyCredit } from '../../../lib/segment/credit';
import { isBareDate } from '../../../lib/segment/date-line';

const text = (s: string) => segment(blocksFromText(s));

describe('a city page of teasers with a dateline line under each headline', () => {
  const page = [
    'Harbour residents demand a fully empowered town council\nTown Bay, May 31\nWith the council knocking on doors to collect its new taxes, residents of the harbour district are asking for a council with powers of its own.',
    'Bus depot to close for repairs\nNorth Hill, May 31\nThe city bus depot will close for three weeks from Monday while its roof is mended, the transport office said on Sunday.',
    'Rain brings some relief from the heat\nNew Town, May 31\nShowers across the city on Sunday brought a partial reprieve from the heat, though the humidity stayed high all afternoon.',
  ].join('\n\n');

  it('reads "Place, Month Day" in capitals and lower case on a line of its own as a dateline line', () => {
    expect(isDatelineLine('North Hill, May 31')).toBe(true);
    expect(isDatelineLine('New Delhi, Sept. 4')).toBe(true);
    expect(isDatelineLine('Rain brings relief, May 31 and after')).toBe(false);
  });

  it('takes each teaser under its own headline, the long first headline a line of its own', () => {
    expect(text(page).articles.map((a) => a.headline)).toEqual([
      'Harbour residents demand a fully empowered town council',
      'Bus depot to close for repairs',
      'Rain brings some relief from the heat',
    ]);
  });
});

describe('a round-up of headless items each signed by its source paper', () => {
  const page = [
    'News from around the counties',
    'A man in his twenties died when the van he was driving left the road near the bridge early on Monday.',
    'The crash happened on the coast road shortly after 5am.',
    'Police said the road was closed for six hours while the scene was examined, and asked drivers who passed the bridge that morning to come forward.\n[Source: County Echo]',
    'A shop owner who sold fireworks without a licence has been fined €2,000 at the district court, the third such case this year.',
    'His counsel said he had not known that a licence was needed for the smaller rockets.',
    'The judge said the fines would rise steeply if the trade went on, and ordered the rest of the stock to be handed to the fire service.\n[Source: Midland Express]',
    'Homeowners in rural areas have been urged to lock their sheds after a spate of thefts of garden tools and quad bikes.',
    'A sergeant asked neighbours to look in on houses left empty over the holidays and to note the number plates of vans they did not know.\n[Source: Western Herald]',
  ].join('\n\n');

  it('reads "[Source: paper]" closing an item as its credit', () => {
    expect(parseAgencyCredit('The road was closed. [Source: County Echo]')).toMatchObject({ source: 'County Echo' });
  });

  it('splits the round-up at each signed item, the last one signed too', () => {
    const seg = text(page);
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles[1]?.paragraphs[0]).toMatch(/^A shop owner/);
    expect(seg.articles[2]?.paragraphs[0]).toMatch(/^Homeowners in rural areas/);
  });

  it('keeps one story whose last paragraph alone carries a source', () => {
    const seg = text(
      [
        'Council backs new cycle lanes',
        'The council voted on Monday to build cycle lanes on four main roads, after a year of consultation with residents.',
        'Work is to start in May, and the first lane should open before the summer holidays, the council said.',
        'Residents who objected said parking would be lost on two of the roads.\n[Source: County Echo]',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
  });
});

describe('a daily summary under a date line', () => {
  it('reads a line that is nothing but a date as no headline', () => {
    expect(isBareDate('26th Sep 2022')).toBe(true);
    expect(isBareDate('Monday, September 26, 2022')).toBe(true);
    expect(isBareDate('September 26: the day the rail strike ended')).toBe(false);
  });

  it('takes the items under their headlines and leaves the date and standfirst out', () => {
    const seg = text(
      [
        '26th Sep 2022',
        "Your quick summary of today's stories.",
        'Ambassador urges talks to settle the trade row',
        'The ambassador stressed the need for a negotiated settlement of the trade row, saying she was optimistic about the chances of resolving it before the winter and that both sides wanted a deal.',
        'The Daily Paper',
        'Morning travel: trains delayed by signal fault; traffic heavy on ring road',
        'Rail users are warned that some services are delayed this morning because of a signal fault, and traffic is heavy on the ring road southbound, with long delays reported at the airport junction.',
        'The Evening Paper',
      ].join('\n\n'),
    );
    expect(seg.articles.map((a) => a.headline)).toEqual([
      'Ambassador urges talks to settle the trade row',
      'Morning travel: trains delayed by signal fault; traffic heavy on ring road',
    ]);
  });
});
