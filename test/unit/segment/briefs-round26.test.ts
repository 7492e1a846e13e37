// Layouts met in the twenty-sixth held-out round of issue #19 (local papers' columns of short items): sports briefs
// under labels with title-case run-in heads set off by a colon, roundups whose game scores are wrapped over two lines
// at a comma, police logs of clock-time entries, people columns of name-opened items, deaths columns. Texts written
// here; each layout beside the one-story page it must not be confused with.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { expectExactSourceMaps } from './helpers';

const text = (s: string) => segment(blocksFromText(s));
const page = (...blocks: string[]) => blocks.join('\n\n');

describe('sports briefs: labels over title-case run-in heads set off by a colon', () => {
  const briefs = page(
    'LOCAL GOLF',
    'Smith captures County Amateur: Anna Smith won a two-hole playoff to take the county amateur title on Sunday at Oak Ridge.',
    'YOUTH BASEBALL',
    'Rivertown rolls at Regional Tournament: Rivertown improved to 3-0 in pool play at the regional tournament by beating Lakeside 9-3.',
    'PRO SOCCER',
    'Short-handed City earns draw: A late goal gave the 10-man City a 1-1 draw with United in front of a home crowd.',
  );

  it('reads one item a paragraph, its head as the headline and the label as its kicker', () => {
    const blocks = blocksFromText(briefs);
    const seg = segment(blocks);
    expect(seg.articles.map((a) => a.headline)).toEqual(['Smith captures County Amateur', 'Rivertown rolls at Regional Tournament', 'Short-handed City earns draw']);
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^Anna Smith won/);
    expectExactSourceMaps(seg, blocks);
  });

  it('keeps a headless lead recap of several paragraphs above the run-in scores as a story of its own', () => {
    const seg = text(
      page(
        'One of the better stories this season is the return of Westfield.',
        'After two rough seasons the Rams picked up their biggest win of the year on Thursday, 34-26 over Hill.',
        'Westfield held a 13-5 edge in the second quarter to take a 21-12 lead into halftime.',
        'Kara Jones led the Rams with 14 points and Liv Woods added 11.',
        'Eastport 69, Northgate 16: Eastport had its second blowout in a row as the Blue Devils rolled past Northgate.',
        'Junior Kate Nease led the Eastport offense with 22 points.',
        'Bellmont 48, Southvale 16: Bellmont stayed unbeaten in the section with a 48-16 win over visiting Southvale.',
      ),
    );
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^One of the better stories/);
    expect(seg.articles.slice(1).map((a) => a.headline)).toEqual(['Eastport 69, Northgate 16', 'Bellmont 48, Southvale 16']);
  });

  it('keeps one story whose paragraphs open with a sentence introducing a quotation or a summary', () => {
    const seg = text(
      page(
        'Council backs new harbour plan',
        'The council approved the harbour plan on Monday after a debate that lasted most of the night.',
        'Mayor Jane Doe told reporters: "This is the most important vote this council has taken in a decade."',
        'The bottom line: The fish market moves to the east quay and the old docks open to housing next year.',
        'Among the plan’s critics: Fishermen who say the east quay is too shallow for the larger boats.',
      ),
    );
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('Council backs new harbour plan');
  });
});

describe('game scores wrapped over two lines at a comma', () => {
  it('reads each pair as its recap’s headline group', () => {
    const seg = text(
      page(
        'Westfield 66,',
        'Eastport 54',
        'Freshman guard Dee Prewitt made 10 of 14 free throws and scored 24 points to help the Lancers win.',
        'Northgate 64,',
        'Southvale 26',
        'The host Cougars did not allow a field goal in the first half, opening a 28-5 lead at the break.',
      ),
    );
    expect(seg.articles).toHaveLength(2);
    expect(seg.articles[1]?.paragraphs[0]).toMatch(/^The host Cougars/);
  });

  it('keeps a story quoting a verse split at a comma whole', () => {
    const seg = text(
      page(
        'Poet laureate reads at library',
        'The state poet laureate opened the library’s new reading room on Saturday with a poem written for it.',
        'Its first lines, she said, came to her on the bus:',
        'Open the door,',
        'Let the river in',
        'The room, built with money from a bond approved two years ago, seats sixty readers and holds the town archive.',
      ),
    );
    expect(seg.articles).toHaveLength(1);
  });
});

describe('a police log of entries opened by a clock time and a dash', () => {
  const log = page(
    'The following is based on selected police department logs from May 7 through May 13. Excerpts from the log:',
    'Tuesday, May 7',
    '7:15 a.m. – Malicious Destruction of Property. An employee of the church called police to report that a rear window had been shattered during the night.',
    '12:51 p.m. – Breaking and Entering into a Vehicle. A Clark Street resident called to report that his unlocked car had been broken into overnight.',
    '11:47 a.m. – Customer Problem. A hardware store manager reported that a customer had twice paid with checks that later bounced.',
  );

  it('reads one entry a paragraph, the kind after the dash its headline', () => {
    const blocks = blocksFromText(log);
    const seg = segment(blocks);
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles.map((a) => a.paragraphs[0]?.slice(0, 14))).toEqual(['An employee of', 'A Clark Street', 'A hardware sto']);
    expect(seg.articles.map((a) => a.headline)).toEqual(['Malicious Destruction of Property', 'Breaking and Entering into a Vehicle', 'Customer Problem']);
    expectExactSourceMaps(seg, blocks);
  });

  it('keeps a story that opens one paragraph with a time', () => {
    const seg = text(
      page(
        'Fire destroys barn on Route 9',
        'A fire destroyed a barn on Route 9 early Sunday, the fire chief said.',
        '2:40 a.m. – that was when a neighbour first saw flames and called 911, the chief said.',
        'No one was hurt, but two horses were led out of a stable next to the barn by firefighters.',
      ),
    );
    expect(seg.articles).toHaveLength(1);
  });
});

describe('columns of items about people', () => {
  it('reads each paragraph opened by a name and a town as an item, a label above an item as a rubric', () => {
    const blocks = blocksFromText(
      page(
        'College news',
        'Dean’s list',
        'Nicole Sotack of Jackson was named to the dean’s list at Colgate University. She is a graduate of Jackson High School.',
        'Allison McDonald of Cape Girardeau was named to the dean’s list at the University of Evansville this spring.',
        'Honors',
        'Christopher Roe, of Lancaster, a junior at the academy, was recently awarded the Rensselaer Medal for mathematics.',
      ),
    );
    const seg = segment(blocks);
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles.map((a) => a.paragraphs.join(' '))).not.toContain('Honors');
    expect(seg.articles[1]?.paragraphs).toEqual(['Allison McDonald of Cape Girardeau was named to the dean’s list at the University of Evansville this spring.']);
    expect(seg.rubrics).toContain('Honors');
    expectExactSourceMaps(seg, blocks);
  });

  it('keeps a story naming its people paragraph by paragraph whole', () => {
    const seg = text(
      page(
        'Two charged after break-in',
        'Two men were charged Monday after a break-in at a hardware store on Main Street, police said.',
        'John Smith, 45, of Springfield, was charged with burglary and theft.',
        'Police said the men were seen on a security camera carrying tools out of the store shortly after midnight.',
        'Mark Jones, 32, of Riverton, was charged with receiving stolen property.',
        'Both men were held at the county jail and are due in court next week.',
      ),
    );
    expect(seg.articles).toHaveLength(1);
  });
});

describe('a deaths column', () => {
  it('opens an obituary at each paragraph naming a person and telling the death', () => {
    const seg = text(
      page(
        'Deaths Elsewhere',
        'Yuki Tanaka, a retired silk breeder documented as the world’s oldest man, died Sunday at age 114.',
        'He had been living with his daughter in a city in the south of the country.',
        'He liked beef and pork with his rice and drank milk every day.',
        'Mary "Peets" Buffett, 82, the mother of a singer, died Thursday in Fairhope, Ala.',
        'She introduced her son and his sisters to music at an early age.',
      ),
    );
    expect(seg.articles).toHaveLength(2);
    expect(seg.articles[1]?.paragraphs[0]).toMatch(/^Mary "Peets" Buffett/);
    expect(seg.articles[0]?.paragraphs).toHaveLength(3);
  });

  it('keeps one obituary naming relatives who died before as one story', () => {
    const seg = text(
      page(
        'Robert Hale, 91, farmer and school board member',
        'Robert Hale, a farmer who served on the school board for 30 years, died Tuesday at his home. He was 91.',
        'He was born on the family farm and ran it with his brother until the 1980s.',
        'Thomas Hale, his brother, died in 1990. His wife, Ruth Hale, died in 2015.',
        'He is survived by two sons, a daughter and seven grandchildren.',
      ),
    );
    expect(seg.articles).toHaveLength(1);
  });
});
