// The codes a clipping is filed under for one place: the place itself and, for GB/T 2260 codes, its county,
// prefecture and province (the arithmetic lives with the places module).
import { rollUpCodes as ancestorCodes } from '../places/hierarchy';

/** The code itself, then its ancestors nearest first; non-GB codes (ISO countries) stay as they are. */
export function rollUpCodes(code: string): string[] {
  return [code, ...ancestorCodes(code)];
}
