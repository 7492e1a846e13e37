// Every ISO code written by hand in lib/places (world.ts, curated.ts) is checked against the iso-3166 package
// (wooorm/iso-3166, ISO 3166-1 and 3166-2 as published, dev-only), so a withdrawn or mistyped code fails CI:
// IN-UT (Uttarakhand is IN-UK), IN-TG (Telangana is IN-TS), IN-OR (Odisha, IN-OD), IN-CT (Chhattisgarh, IN-CG)
// and PS-WBK (not an ISO code) were such drift: these tests failed naming each before world.ts was corrected.
import { iso31661, iso31662 } from 'iso-3166';
import { describe, expect, it } from 'vitest';
import { COUNTRY_ALIASES_EN, COUNTRY_ALIASES_ZH } from '../../../lib/places/curated';
import { placeHierarchy } from '../../../lib/places/index';
import { SUBDIVISIONS, WORLD_CITIES, WORLD_REGIONS } from '../../../lib/places/world';
import { loadGazetteer } from './load';

const subdivisions = new Set(iso31662.map((s) => s.code));
const countries = new Set(iso31661.map((c) => c.alpha2));
// Kosovo's XK is a user-assigned code every registry of country codes uses (EU, IMF, GeoNames); ISO lists it not.
const USER_ASSIGNED = new Set(['XK']);
/** China's own divisions are keyed by their GB/T 2260 code (710000 Taiwan), not by ISO. */
const isGbCode = (code: string) => /^\d{6}$/.test(code);

describe('hand-written ISO codes', () => {
  it('every subdivision code is in ISO 3166-2', () => {
    expect(SUBDIVISIONS.map((s) => s[0]).filter((c) => !subdivisions.has(c))).toEqual([]);
  });

  it('every parent code of a city or region is an ISO 3166-2 subdivision or an ISO 3166-1 country', () => {
    const parents = [...WORLD_CITIES.map((c) => c[2]), ...WORLD_REGIONS.map((r) => r[2])];
    const bad = parents.filter((c) => !isGbCode(c) && !subdivisions.has(c) && !countries.has(c) && !USER_ASSIGNED.has(c));
    expect(bad).toEqual([]);
  });

  it('every country alias is keyed by an ISO 3166-1 code', () => {
    const keys = [...Object.keys(COUNTRY_ALIASES_ZH), ...Object.keys(COUNTRY_ALIASES_EN)];
    expect(keys.filter((k) => !countries.has(k))).toEqual([]);
  });

  it('a city abroad sits under the subdivision ISO places it in', () => {
    const g = loadGazetteer();
    const parentCodes = (english: string) =>
      (g.english.get(english) ?? []).map((e) => g.entry(g.entry(e).parent).code);
    expect(parentCodes('Rafah')).toEqual(['PS-RFH']);
    expect(parentCodes('Khan Younis')).toEqual(['PS-KYS']);
    expect(parentCodes('Ramallah')).toEqual(['PS-RBH']);
    expect(parentCodes('West Bank')).toEqual(['PS']);
    expect(placeHierarchy(g, 'IN-UK').map((p) => p.code)).toEqual(['IN-UK', 'IN']);
  });
});
