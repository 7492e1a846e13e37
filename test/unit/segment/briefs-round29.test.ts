// Layouts met in the twenty-ninth held-out round of issue #19: printed front pages of the older American papers as
// their OCR gives them — masthead and weather-ear lines, a headline stack (a headline in capitals, decks in title
// case, a bank in capitals), a wire's credit line, and datelines closed by a stop or a bracketed credit rather than
// a dash; and short stories under title-case headlines closed by a point. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parseDateline } from '../../../lib/segment/dateline';

const text = (s: string) => segment(blocksFromText(s));

describe('an older paper\'s dateline closed by a stop or a credit', () => {
  it('reads the place and date off the text', () => {
    const d = parseDateline('Springfield, Ill., March 4. The legislature met today to hear the governor.');
    expect(d?.dateline.place).toBe('Springfield, Ill.');
    expect(d?.dateline.date).toBe('March 4');
    const w = parseDateline('Lisbon, May 3 (By the Associated Press). —The cabinet resigned tonight after a long debate.');
    expect(w?.dateline.place).toBe('Lisbon');
    expect(w?.dateline.source).toBe('Associated Press');
  });

  it('takes no weekday for a place', () => {
    expect(parseDateline('Monday, June 2. The meeting will open at noon in the town hall.')).toBeNull();
  });
});

describe('a front page with a headline stack', () => {
  const page = [
    'VOL. XII NO. 40 SPRINGFIELD, FRIDAY, MARCH 4, 1910. PRICE 2 CENTS',
    'Weather Forecast for tonight and Saturday: Fair and colder; light north winds.',
    'LEGISLATURE MEETS IN EXTRA SESSION',
    'Governor Asks For Prompt Action On The Road Bill And The School Fund.',
    'MEMBERS DIVIDED ON PLAN',
    'Leaders Of Both Parties Say The Debate May Run Into Next Week Before A Vote Is Taken.',
    '(By Leased Wire to The Herald.)',
    'Springfield, Ill., March 4. The legislature met in extra session today to hear the governor read his message on the road bill and the school fund, which he called the most pressing business before the state.',
    'Members of both parties said after the reading that the debate would be long, and that no vote could be expected before the middle of next week.',
    '* Road Bill First',
    'The road bill will be taken up first, the leaders agreed, since the counties are waiting on it to let their contracts for the summer.',
  ].join('\n\n');

  it('reads one story under the stack\'s headline, its text from the dateline on, the subhead inside it', () => {
    const seg = text(page);
    expect(seg.articles).toHaveLength(1);
    const a = seg.articles[0]!;
    expect(a.headline).toBe('LEGISLATURE MEETS IN EXTRA SESSION');
    expect(a.dateline?.place).toBe('Springfield, Ill.');
    expect(a.paragraphs[0]).toMatch(/^The legislature met in extra session/);
    expect(a.paragraphs.join(' ')).toContain('The road bill will be taken up first');
    expect(a.paragraphs.join(' ')).not.toContain('Forecast');
  });
});

describe('short stories under title-case headlines closed by a point', () => {
  const page = [
    'Boy Rescued From River.',
    'A boy of ten who fell through the ice on the river yesterday afternoon was pulled out by two men passing on the bridge, and is none the worse for his cold bath.',
    'New Bridge To Be Built,',
    'The county commissioners voted on Monday to build a new bridge over the creek at the mill, the old one having been condemned by the engineer last fall.',
    'Church Fair Draws Crowd.',
    'The fair held by the ladies of the church on Saturday drew the largest crowd in its history, and the proceeds will go to the new organ fund.',
  ].join('\n\n');

  it('reads each as a story under its headline', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['Boy Rescued From River.', 'New Bridge To Be Built,', 'Church Fair Draws Crowd.']);
  });
});
