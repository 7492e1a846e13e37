// A guide's entry closed by its address card in brackets after its last sentence
// ("… in person. (12 Harbour Road; 555-123-4567)") is a complete story, not one the page cut off
// (lib/segment/contact-end.ts).
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { endsContactNote } from '../../../lib/segment/contact-end';

describe('endsContactNote', () => {
  it('a sentence stop, then a bracket holding a telephone number and another part', () => {
    expect(endsContactNote('Stop by the terrace for tea. (12 Harbour Road; 555-123-4567; example.org)')).toBe(true);
    expect(endsContactNote('The rooftop is open late. (4 Quay Street, 20 71 45 88 12)')).toBe(true);
    expect(endsContactNote('店里的手工茶点值得专程一去。（地址：湖滨路8号；电话：0571-87654321）')).toBe(true);
  });

  it('no stop before the bracket, no telephone number, a lone number, or no bracket', () => {
    expect(endsContactNote('Call the front desk (12 Harbour Road; 555-123-4567)')).toBe(false);
    expect(endsContactNote('The market opened in 1998. (It moved twice since; both times in May)')).toBe(false);
    expect(endsContactNote('Bookings are taken by phone. (555-123-4567)')).toBe(false);
    expect(endsContactNote('The hall seats 1,200 people.')).toBe(false);
  });
});

describe('a guide that ends on an address card is not truncated', () => {
  it('the last entry closes with its address and telephone number', () => {
    const text =
      'Where to Eat by the Harbour\n\n' +
      'The waterfront has changed a great deal in ten years, and these are the places worth a detour now.\n\n' +
      'Blue Anchor\n\n' +
      'A narrow fish bar with six stools, where the catch is chalked on a board each morning and fried to order ' +
      'by the owner, who has run it since the docks closed. (12 Harbour Road; 555-123-4567; blueanchor.example)';
    const a = segment(blocksFromText(text)).articles[0];
    expect(a?.paragraphs.at(-1)).toMatch(/blueanchor\.example\)$/);
    expect(a?.truncated).toBe(false);
  });
});
