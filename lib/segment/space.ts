// Whitespace by character code: exactly what /\s/ matches, without a regex run or a one-character string per test.

export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  // Letters, digits and Han characters leave in two comparisons.
  if (c < 0xa0) return false;
  if (c > 0x3000) return c === 0xfeff;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * `text.replace(/\s+/g, ' ').trim()`, read by character code first: a text whose only spaces are single ASCII
 * spaces between words (most lines) is returned as it is, with no regex run and no copy.
 */
export function collapseSpaces(text: string): string {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 32 || i === 0 || i === n - 1 || text.charCodeAt(i - 1) === 32)) return text.replace(/\s+/g, ' ').trim();
  }
  return text;
}

/** Whether `text` holds at least `min` units that are no space (`text.replace(/\s+/g, '').length >= min`), read until it does. */
export function hasNonSpaceUnits(text: string, min: number): boolean {
  if (min <= 0) return true;
  let k = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i)) && ++k >= min) return true;
  return false;
}

/** The set of a string's characters as codes (all of them in the Basic Multilingual Plane). */
export function codeSet(chars: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < chars.length; i++) out.add(chars.charCodeAt(i));
  return out;
}
