// English place words inside a longer name that is no place (lib/places/name-parts.ts): an airline's, a brewery's
// or a school's name, a material, a town whose whole name the gazetteer lacks, and a fragment of a longer name
// the rules read inside a hyphenated word.
import { describe, expect, it } from 'vitest';
import { buildPlaceContext, findPlaces } from '../../../lib/places/index';
import { loadGazetteer } from './load';

const g = loadGazetteer();
const texts = (text: string) => findPlaces(text, g, buildPlaceContext([text], g)).map((s) => s.text);

describe('a place word inside a longer name', () => {
  it('does not mark a place word after a capitalised word of the same name', () => {
    expect(texts('Passengers on Cathay Pacific were delayed for hours on Monday.')).not.toContain('Pacific');
    expect(texts('The drinks come from New Belgium and two other brewers.')).not.toContain('Belgium');
  });

  it('keeps places after openers, directions and qualifiers', () => {
    expect(texts('Snow fell across Northern Virginia and in Germany overnight.')).toEqual(['Virginia', 'Germany']);
    expect(texts('Former Argentina captain Diego Lopez spoke on Friday.')).toContain('Argentina');
    expect(texts('Settlers moved into British-ruled Kenya before the war.')).toContain('Kenya');
  });

  it('does not mark a place that names a material, an illness or a company', () => {
    expect(texts('The baths are lined with Jerusalem stone and oak.')).not.toContain('Jerusalem');
    expect(texts('Doctors studied Havana Syndrome in diplomats.')).not.toContain('Havana');
    expect(texts('Officers of the Washington State Patrol closed the road.')).toEqual([]);
  });

  it('does not mark the first word of a town whose whole name the gazetteer lacks', () => {
    expect(texts('We stayed in the fishing village of Conca dei Marini for a week.')).not.toContain('Conca');
  });

  it('takes the rules’ longer name for a fragment before a hyphenated word', () => {
    const got = texts('Southwest is using the gates at Las Vegas-McCarran Airport, and Delta has more.');
    expect(got).not.toContain('Las');
    expect(got).toContain('Las Vegas');
  });
});
