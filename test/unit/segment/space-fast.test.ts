import { describe, expect, it } from 'vitest';
import { collapseSpaces, hasNonSpaceUnits } from '../../../lib/segment/space';

// Lines in every layout of white space: single spaces between words, runs, tabs, line breaks, the ideographic and
// no-break spaces, spaces opening and closing the line, none at all.
const LINES = [
  '',
  ' ',
  'Storm hits the coast',
  'Storm  hits the coast',
  ' Storm hits',
  'Storm hits ',
  'Storm\thits',
  'Storm\nhits the coast\n',
  '暴雨袭击沿海 三县停课',
  '暴雨袭击沿海\u3000三县停课',
  'Page\u00a012',
  '\ufeffHeadline',
  'a b c d e f g h i j k l m n o p q r s t u v w x y z a b c',
  'a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d',
  '   \t  ',
];

describe('white space read by character code', () => {
  it('collapses runs and trims as the regex does, and leaves a line of single spaces as it is', () => {
    for (const t of LINES) expect(collapseSpaces(t)).toBe(t.replace(/\s+/g, ' ').trim());
    const line = 'Storm hits the coast';
    expect(collapseSpaces(line)).toBe(line);
    expect(collapseSpaces('Storm \t hits ')).toBe('Storm hits');
  });

  it('counts the units that are no space up to the bound', () => {
    for (const t of LINES) for (const min of [0, 1, 5, 20, 30]) expect(hasNonSpaceUnits(t, min)).toBe(t.replace(/\s+/g, '').length >= min);
  });
});
