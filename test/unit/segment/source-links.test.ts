// A round-up of other outlets' stories, each item closed by its source's name in capitals and a link arrow
// (round 65, lib/segment/source-links.ts): each item is a story of its own, not run on into the next.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { endsInSourceLink } from '../../../lib/segment/source-links';

const PAGE = `Markets this morning

Shipping rates across the northern routes fell for a third week as demand for containers slowed REUTERS >

A grocery chain said it would close its warehouse outside the capital and move the work to two new sites. LOCAL TIMES >

The central bank kept its rate unchanged and said it would watch food prices through the spring. AP >`;

describe('items closed by their source link', () => {
  it('reads each item as a story', () => {
    const { articles } = extractText(PAGE, { gazetteer: null });
    expect(articles).toHaveLength(3);
    expect(articles.map((a) => a.paragraphs[0]?.slice(0, 12))).toEqual(['Shipping rat', 'A grocery ch', 'The central ']);
  });

  it('reads a capitals name and an arrow at the end, not a comparison or a lone arrow inside a sentence', () => {
    expect(endsInSourceLink('The number of stores in the region went down by forty this year CNN BUSINESS >')).toBe(true);
    expect(endsInSourceLink('The results show that the demand for the first product is clearly a > b')).toBe(false);
    expect(endsInSourceLink('Short text AP >')).toBe(false);
  });
});
