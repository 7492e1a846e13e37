// How many clippings mention each place, for the library's map: counted once per clipping under the place's code
// and every code it rolls up to (a county counts for its prefecture and province), as the place filter files them.
import type { Clipping } from '../clipping';
import { placeCodesOf } from '../store/rows';

/** Codes of Chinese divisions (GB/T 2260, six digits or more); Taiwan, Hong Kong and Macao are regions of their own. */
const MAINLAND = /^(?![78][12]0000)\d{6,}$/;

/** A code of a division of mainland China (GB/T 2260), not Taiwan, Hong Kong or Macao. */
export const isMainlandCode = (code: string): boolean => MAINLAND.test(code);

export interface PlaceCounts {
  /** Clippings per place code (GB/T 2260 codes at every level, ISO 3166 alpha-2 for countries). */
  byCode: Map<string, number>;
  /** Clippings mentioning somewhere in mainland China (any division, or China itself): China's count on a world map. */
  china: number;
  /** The largest count of any code: the top of the colour scale. */
  max: number;
}

export function countPlaces(clippings: Iterable<Pick<Clipping, 'places'>>): PlaceCounts {
  const byCode = new Map<string, number>();
  let china = 0;
  for (const c of clippings) {
    const codes = placeCodesOf(c as Clipping);
    for (const code of codes) byCode.set(code, (byCode.get(code) ?? 0) + 1);
    if (codes.some((code) => code === 'CN' || isMainlandCode(code))) china++;
  }
  let max = china;
  for (const n of byCode.values()) if (n > max) max = n;
  return { byCode, china, max };
}
