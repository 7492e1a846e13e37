// Layouts met in the nineteenth held-out round of issue #19: an e-mailed briefing copied with its table cells'
// rules (" |") and stopped bulleted headlines, a cable column of headless "PLACE, Mon. Day" reports, a cable column of
// title-case heads closed by ".—", a world-in-brief column of "COUNTRY:" labels, and one-line briefs under an
// "Also:" label. Texts written here; each layout beside the trap it must not be confused with.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parseDateline } from '../../../lib/segment/dateline';

const text = (s: string) => segment(blocksFromText(s));

describe('an e-mailed briefing copied with its table cells', () => {
  const page = [
    'Good morning. |',
    "Here's what you need to know: |",
    '• Floods in the north. |',
    'Rivers burst their banks across three northern counties overnight, and hundreds of families spent the night in school halls. |',
    'Forecasters said more rain was due on Thursday. |',
    '• A vote on the budget. |',
    'Lawmakers meet this morning to vote on the city budget, which would raise bus fares for the first time in six years. |',
    '• The U.N. meets on water. |',
    'Delegates from forty countries open a week of talks in Geneva on sharing rivers that cross borders. |',
  ].join('\n\n');

  it('reads the stopped bulleted lines as headlines once the cell rules are off, and keeps the source maps', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['Floods in the north.', 'A vote on the budget.', 'The U.N. meets on water.']);
    expect(seg.articles[0]?.paragraphs).toEqual([
      'Rivers burst their banks across three northern counties overnight, and hundreds of families spent the night in school halls.',
      'Forecasters said more rain was due on Thursday.',
    ]);
    const blocks = blocksFromText(page);
    const span = seg.articles[2]?.headlineSource[0];
    expect(span && blocks[span.block]?.text.slice(span.blockStart, span.blockStart + span.end - span.start)).toBe('The U.N. meets on water.');
  });

  it('leaves a story\'s list of stopped points, bullet under bullet, inside the story', () => {
    const seg = text(
      [
        'Council backs new cycle lanes',
        'The council voted on Monday to build cycle lanes on four main roads, after a year of consultation with residents. |',
        '• Work starts in May. |',
        '• The lanes cost £2m. |',
        '• Parking is kept. |',
        'The council said the first lane would open before the summer holidays, and the rest by the end of the year. |',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
  });
});

describe('a cable column of headless datelined reports', () => {
  it('reads "PLACE, Mon. Day" run into the text with no dash as a dateline', () => {
    const d = parseDateline('LONDON, Jan. 28 Britain is unable to increase food supplies for Europe, the Prime Minister said.');
    expect(d?.dateline.place).toBe('LONDON');
    expect(d?.dateline.date).toBe('Jan. 28');
    expect(parseDateline('OTTAWA, Jan 28 The Minister of Trade said restrictions would be relaxed.')?.dateline.place).toBe('OTTAWA');
  });

  it('splits the column at each dateline', () => {
    const seg = text(
      [
        'GENERAL CABLES',
        'LONDON, Jan. 28 The Government has decided to keep bread rationing for another three months, the Minister of Food announced in the House of Commons.',
        'PARIS, Jan. 27 French miners voted to return to work after a strike of nine days that had closed most pits in the north of the country.',
        'NEW YORK, Jan. 28 Shipping on the Hudson was halted by ice for the first time in twenty years, and ferries to New Jersey were cancelled.',
      ].join('\n\n'),
    );
    expect(seg.articles.map((a) => a.dateline?.place)).toEqual(['LONDON', 'PARIS', 'NEW YORK']);
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^The Government has decided/);
  });

  it('reads no dateline where a sentence opens with a place in title case or no date follows', () => {
    expect(parseDateline('London, the capital, was quiet on Sunday as the strike went on.')).toBeNull();
    expect(parseDateline('NATO, the alliance, met in Brussels on Tuesday to discuss the crisis.')).toBeNull();
  });
});

describe('a cable column of title-case heads closed by a point and a dash', () => {
  const column = [
    'CABLE NEWS IN BRIEF',
    'Clothing Ration Raised.—The Board of Trade announced that the clothing ration for the next period would be raised by four coupons because of better supplies.—London, June 19.',
    'Air Mail by Helicopter.—A daily delivery of air mail by helicopter will be tried in the autumn around the city and its suburbs, calling at twelve centres.—New York, June 19.',
    'Balloonist to Explore Sea Bed.—The stratosphere balloonist is preparing to explore the bed of the Atlantic in a steel laboratory lowered from a ship next spring.—Geneva, June 18.',
  ].join('\n\n');

  it('reads each head as its brief\'s headline, without the point and the dash', () => {
    const seg = text(column);
    expect(seg.articles.map((a) => a.headline)).toEqual(['Clothing Ration Raised', 'Air Mail by Helicopter', 'Balloonist to Explore Sea Bed']);
    expect(seg.articles[1]?.paragraphs[0]).toMatch(/^A daily delivery of air mail/);
  });

  it('reads no head where only one paragraph opens with a phrase and a dash', () => {
    const seg = text(
      [
        'Harbour Board Meets',
        'Better late than never.—That was the chairman\'s verdict when the harbour board met on Tuesday to approve the new wharf, two years after it was first proposed.',
        'Members agreed that tenders would be called in March, and that work should start before the winter.',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('Harbour Board Meets');
  });
});

describe('a world-in-brief column of "COUNTRY:" labels', () => {
  const items = [
    'CHILE: A magnitude 6.1 earthquake shook the north of the country yesterday, but no damage was reported, the emergency office said.',
    'Schools in two towns were closed as a precaution.',
    'KENYA: Police fired tear gas at students protesting against higher fees in the capital yesterday.',
    'The university said it would meet student leaders next week.',
    'NEPAL: Heavy rain cut the main highway to the capital in three places, stranding hundreds of lorries for a second day.',
  ];

  it('reads each label as an item\'s headline, and the unlabelled paragraphs as its own', () => {
    const seg = text(['World in Brief', ...items].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['CHILE', 'KENYA', 'NEPAL']);
    expect(seg.articles[0]?.paragraphs).toHaveLength(2);
  });

  it('keeps a transcript whose speakers come back, each with a colon, as one story', () => {
    const seg = text(
      [
        'Interview: the mayor on the floods',
        'HOST: Mayor, thank you for joining us this morning after a long night for the city.',
        'MAYOR: Thank you. It has been a hard night, but the water is going down now in most streets.',
        'HOST: What do you say to the families who are still in the school halls tonight?',
        'MAYOR: That we will have them home as soon as the engineers say the houses are safe.',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
  });
});

describe('one-line briefs under an "Also:" label', () => {
  const head = [
    'Storm heads for the coast',
    'A storm with winds of up to 80 mph is expected to reach the coast tonight, and the authorities have told residents of low-lying areas to leave their homes before dark.',
    'Talks on the rail strike resume',
    'Union leaders and the rail company meet again today, a week after talks broke down over pay and the closure of ticket offices.',
  ];
  const also = [
    'A bridge collapsed in the south of the country, injuring two drivers.',
    'The city zoo welcomed its first baby giraffe in ten years.',
    'Scientists say the oldest known tree may be older than they thought.',
  ];

  it('reads each one-sentence paragraph under the label as a headless brief, and the label as the page\'s', () => {
    const seg = text([...head, 'Also:', ...also].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['Storm heads for the coast', 'Talks on the rail strike resume', '', '', '']);
    expect(seg.articles.slice(2).map((a) => a.paragraphs[0])).toEqual(also);
    expect(seg.rubrics).toContain('Also:');
  });

  it('leaves a story\'s points under its own introducing sentence inside the story', () => {
    const seg = text([...head, 'The report found:', ...also].join('\n\n'));
    expect(seg.articles).toHaveLength(2);
  });
});

describe('an evening briefing of numbered sentence headlines', () => {
  const page = [
    'Good evening. Here’s the latest at the end of Tuesday.',
    '1. The city council voted to close the old bridge for a year.',
    'Engineers found cracks in two of its supports during an inspection in the spring, and the council said the repairs could not wait for the new budget.',
    'Drivers will be sent over the ring road, which adds about ten minutes to the journey into town.',
    '2. A heat wave is expected to break records this weekend.',
    '3. Were the city’s schools ready for the new term?',
    'Most head teachers told a survey that they still lacked staff, a week before pupils return, and many said classes would be merged.',
  ].join('\n\n');

  it('reads each numbered sentence over its paragraphs as the item\'s headline, and a numbered line with none as a one-line item', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual([
      'The city council voted to close the old bridge for a year.',
      '',
      'Were the city’s schools ready for the new term?',
    ]);
    expect(seg.articles[1]?.paragraphs[0]).toMatch(/^2\. A heat wave/);
  });
});

describe('a cable column of headlines in capitals closed by a point', () => {
  const column = [
    'GENERAL CABLES',
    'HARBOUR STRIKE ENDS. ;',
    'SYDNEY, Dec. 4. Waterside workers voted to return to work this morning after a stoppage of eleven days that held up shipping in the port.',
    'U.S.A. BUYS WOOL. *',
    'NEW YORK, Dec. 4. The United States Government has bought the season’s surplus of fine wool, the Department of Agriculture announced.',
    'FLOODS IN FRANCE.',
    'PARIS, Dec. 5',
    'The Rhone rose six feet overnight, and hundreds of families in the villages below Lyons were taken from their homes by boat.',
  ].join('\n\n');

  it('reads each stopped line in capitals as its item\'s headline, specks and all, and a dateline line under it as none', () => {
    const seg = text(column);
    expect(seg.articles.map((a) => a.headline)).toEqual(['HARBOUR STRIKE ENDS. ;', 'U.S.A. BUYS WOOL. *', 'FLOODS IN FRANCE.']);
    expect(seg.articles[2]?.paragraphs[0]).toMatch(/^The Rhone rose/);
  });

  it('reads no headline in a sentence set in capitals over the text', () => {
    const seg = text(
      [
        'Warning to drivers',
        'THE ROAD IS CLOSED. USE THE BRIDGE.',
        'Police said the coast road would stay closed until the weekend while engineers clear the fallen rocks, and drivers should use the old bridge.',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('Warning to drivers');
  });
});

describe('a numbered headline of a question and its answer', () => {
  it('reads the two sentences as the item\'s headline', () => {
    const seg = text(
      [
        '1. Schools reopen on Monday after a month of closures.',
        'Pupils in most of the country return to class next week, the education ministry said, with masks in corridors and staggered breaks.',
        '2. What if the trains do not run? Commuters are preparing for the worst.',
        'The rail union has called a strike for Tuesday, and companies have told staff to work from home if they can.',
        'Bus companies said they would add services on the busiest routes, but warned of long queues in the morning.',
      ].join('\n\n'),
    );
    expect(seg.articles.map((a) => a.headline)).toEqual([
      'Schools reopen on Monday after a month of closures.',
      'What if the trains do not run? Commuters are preparing for the worst.',
    ]);
  });
});

describe('a list page of headlines over meta lines', () => {
  const item = (head: string, meta: string, teaser: string) => [head, meta, teaser];
  const page = [
    'Daily Briefing',
    'Fresh news for busy people',
    'Every weekday morning we pick the stories worth your time from papers and magazines, so you can read them over breakfast and still catch the train.',
    ...item('Why The River Keeps Flooding', 'Ann Lee, The Courier | River Floods | June 12, 2017', 'Engineers say the old banks were never built for this much rain...'),
    ...item('The Last Lighthouse Keeper', 'Tom Hart, Coast Weekly | Lighthouses | June 11, 2017', 'He kept the light burning for forty years'),
    ...item('City Hall Plans A Budget Surprise...', 'Rosa Diaz, Metro Daily | Budget | June 10, 2017', 'The mayor wants to cut bus fares and raise parking fees...'),
  ].join('\n\n');

  it('reads each headline over its meta line and teaser as an item, whatever the teaser\'s or headline\'s look, and the strapline as none', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['Why The River Keeps Flooding', 'The Last Lighthouse Keeper', 'City Hall Plans A Budget Surprise...']);
    expect(seg.articles[1]?.paragraphs).toEqual(['He kept the light burning for forty years']);
  });
});

describe('a bulletins column of run-in heads in capitals', () => {
  it('reads a one-word head among longer ones, a head before "A …", and a head before a name\'s initials', () => {
    const seg = text(
      [
        'Local News Bulletins',
        'CHURCH SUPPER The Methodist church will hold its annual supper on Friday night at 6 o\'clock in the fellowship hall.',
        'REUNION The class of 1940 will gather on Sunday afternoon at the lake for a picnic and a program of music.',
        'BUILDING PERMIT A permit was issued on Tuesday to build a brick house on Main street near the school.',
        'SMITH IMPROVED J. R. Smith, who underwent an operation at the county hospital last week, was reported improved.',
      ].join('\n\n'),
    );
    expect(seg.articles.map((a) => a.headline)).toEqual(['CHURCH SUPPER', 'REUNION', 'BUILDING PERMIT', 'SMITH IMPROVED']);
    expect(seg.articles[3]?.paragraphs[0]).toMatch(/^J\. R\. Smith, who/);
  });
});
