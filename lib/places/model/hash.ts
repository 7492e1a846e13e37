// Feature hashing for the place tagger: every feature (a template id and up to three values) is hashed into a
// fixed table of 2^BITS slots, each holding one weight per label. No strings are built per character.

export const BITS = 20;
export const SIZE = 1 << BITS;
const MASK = SIZE - 1;
/** Labels: outside, beginning of a place, inside a place. */
export const O = 0;
export const B = 1;
export const I = 2;
export const LABELS = 3;

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  return h ^ (h >>> 15);
}

/** The slot of feature (template t, values a, b, c). */
export function slot(t: number, a: number, b = 0, c = 0): number {
  return (fin(mix(mix(mix(t * 0x2545f491, a), b), c)) >>> 0) & MASK;
}

/** Final avalanche (murmur3's), so that nearby inputs land in distant slots. */
function fin(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** slot(t, a) in one multiply-mix: for the per-character templates, where hashing is most of the cost. */
export function slot1(t: number, a: number): number {
  return (fin(Math.imul(t, 0x2545f491) ^ Math.imul(a, 0x9e3779b1)) >>> 0) & MASK;
}

/** slot(t, a, b) for two small values (character codes, tags). */
export function slot2(t: number, a: number, b: number): number {
  return (fin(Math.imul(t, 0x2545f491) ^ Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x7feb352d)) >>> 0) & MASK;
}

/** FNV-1a over UTF-16 units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
