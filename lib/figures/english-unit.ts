// The scale and unit written after a number in English: "4.2 billion", "$4.2bn", "12-cent", "3 percent", "168cm".
import { charIs, matchAt } from './chars';
import {
  EN_SCALE_ABBR_RE,
  EN_SCALE_ABBR_SURE,
  EN_SCALE_POW,
  EN_SCALE_RE,
  EN_SYMBOL_UNIT_RE,
  EN_WORD_UNIT_RE,
  englishSymbolUnit,
  englishWordUnit,
  type UnitInfo,
} from './units';

const SPACES_RE = /[ \t\u00a0]{1,3}/y;
const HYPHEN_OR_SPACES_RE = /-|[ \t\u00a0]{1,3}/y;

/** What readEnglishUnit found (one module-level record: it runs for every number and allocates none). */
export const englishUnit: { pos: number; pow: number; info: UnitInfo | null; word: string } = { pos: 0, pow: 0, info: null, word: '' };

/**
 * The English scale and unit after a number ending at `pos` (its scale `pow` when it has one already, its unit word
 * `unitWord` so far), into englishUnit: where the figure ends, its scale, its unit and the unit's word. An
 * abbreviated scale (4.2m) is one only when `scaleAbbrOk` (a currency sign came before) or money or a count is
 * named after it; after a currency sign (`currency`) no word unit is read: "$ 20 $ 30" are two figures.
 */
export function readEnglishUnit(text: string, pos: number, pow: number, unitWord: string, currency: string | null, scaleAbbrOk: boolean): void {
  let info: UnitInfo | null = null;
  let p = pos;
  if (pow === 0) {
    const sp = matchAt(SPACES_RE, text, p);
    const q = sp === null ? p : p + sp[0].length;
    const sc = matchAt(EN_SCALE_RE, text, q);
    if (sc !== null) {
      pow = EN_SCALE_POW[(sc[1] as string).toLowerCase()] ?? 0;
      p = q + sc[0].length;
    } else {
      const ab = matchAt(EN_SCALE_ABBR_RE, text, p);
      // 4.2m is metres unless money or a count is named: $4.2m, 1.8M dollars, 2.3m people; 3bn is always a scale
      if (ab !== null && !scaleAbbrOk) {
        const after = p + ab[0].length;
        const w = matchAt(EN_WORD_UNIT_RE, text, after + (charIs(text, after, ' ') ? 1 : 0));
        const k = w === null ? undefined : englishWordUnit(w[0])?.kind;
        scaleAbbrOk = EN_SCALE_ABBR_SURE.has((ab[1] as string).toLowerCase()) || k === 'money' || k === 'count';
      }
      if (ab !== null && scaleAbbrOk) {
        pow = EN_SCALE_POW[(ab[1] as string).toLowerCase()] ?? 0;
        p += ab[0].length;
      }
    }
  }
  const sym = matchAt(EN_SYMBOL_UNIT_RE, text, p);
  if (sym !== null) {
    info = englishSymbolUnit(sym[0]) ?? null;
    unitWord = sym[0];
    p += sym[0].length;
  } else if (currency === null) {
    // after a currency sign the unit is known: "$ 20 $ 30", "rmb 10 usd 20" are two figures
    const gap = matchAt(HYPHEN_OR_SPACES_RE, text, p);
    const q = gap === null ? p : p + gap[0].length;
    if (gap === null || gap[0] !== '-' || pow === 0) {
      const w = matchAt(EN_WORD_UNIT_RE, text, q);
      if (w !== null) {
        info = englishWordUnit(w[0]) ?? null;
        unitWord = w[0];
        p = q + w[0].length;
      } else {
        const s2 = matchAt(EN_SYMBOL_UNIT_RE, text, q);
        // a symbol after a space: "10 $", "100 ₡", "1.6 km", "12 m" (a lone letter only before a non-letter)
        if (s2 !== null && gap !== null && gap[0] !== '-') {
          info = englishSymbolUnit(s2[0]) ?? null;
          unitWord = s2[0];
          p = q + s2[0].length;
        }
      }
    }
  }
  englishUnit.pos = info !== null || pow !== 0 ? p : pos;
  englishUnit.pow = pow;
  englishUnit.info = info;
  englishUnit.word = unitWord;
}
