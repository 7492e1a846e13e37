// Layouts met in the tenth held-out round of issue #19: a world-briefs column whose items open with their place in
// capitals run straight into the text ("CHILE Miners…", no dash or colon), some with the place as the sentence's
// own subject ("PERU's president…"); numbered items whose number is followed by a date. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { itemNumber } from '../../../lib/segment/starts';

const text = (s: string) => segment(blocksFromText(s));

describe('a world-briefs column of places in capitals', () => {
  const column = [
    'World Briefs',
    'CHILE Miners trapped for a week in a copper mine in the north of the country were brought to the surface yesterday, all of them alive and well.',
    'PERU’s president has named a new cabinet after a month of protests over fuel prices in the capital and in the mining towns of the south.',
    'ICELAND A volcano in the south of the island erupted overnight, closing the airspace over the north Atlantic to flights for most of the day.',
    'NEPAL Climbers returning from the mountain reported the worst weather of the season, with three teams turning back below the summit.',
    'ESTONIA The government said it would raise spending on roads and schools next year after tax receipts came in higher than expected.',
  ].join('\n\n');

  it('reads each place run into its paragraph as the item\'s headline, and keeps a paragraph whose subject is the place as an item of its own', () => {
    const seg = text(column);
    expect(seg.articles.map((a) => a.headline)).toEqual(['CHILE', '', 'ICELAND', 'NEPAL', 'ESTONIA']);
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^Miners trapped/);
    expect(seg.articles[1]?.paragraphs[0]).toMatch(/^PERU’s president/);
  });

  it('reads no one-word head where the page does not repeat it (a capitalised word of a story\'s text)', () => {
    const story = [
      'Harbour plan approved',
      'NATO Ministers meeting in the city agreed on Tuesday to widen the harbour, a plan that had been discussed for more than ten years by the council.',
      'The work will begin next spring and take three years, the council said, and the old quay will be kept as a museum for visitors.',
    ].join('\n\n');
    const seg = text(story);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^NATO Ministers/);
  });
});

describe('numbered items', () => {
  it('reads a number followed by a date as an item number, and a decimal as none', () => {
    expect(itemNumber('1.6月15日 浙江嘉兴')).toBe(1);
    expect(itemNumber('2.6月16日 广东广州')).toBe(2);
    expect(itemNumber('1.6 million people voted in the north.')).toBe(-1);
  });
});
