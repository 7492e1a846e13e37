// Hierarchy of a place, for hover cards (九原区 › 包头市 › 内蒙古自治区 › 中国), and GB/T 2260 roll-up codes.
import type { PlaceLevel } from '../types';
import type { Gazetteer } from './gazetteer';

/** The chain from the place with this code up to its country; [] for an unknown code. */
export function placeHierarchy(g: Gazetteer, code: string): { name: string; level: PlaceLevel; code: string | null }[] {
  const chain: { name: string; level: PlaceLevel; code: string | null }[] = [];
  for (let e = g.entryOfCode(code) ?? -1; e >= 0; ) {
    const entry = g.entry(e);
    chain.push({ name: entry.name, level: entry.level, code: entry.code });
    e = entry.parent;
  }
  return chain;
}

/** Whether the place with code `inner` lies within the one with code `outer` (or is it): placeHierarchy's walk, no chain made. */
export function codeWithin(g: Gazetteer, inner: string, outer: string): boolean {
  for (let e = g.entryOfCode(inner) ?? -1; e >= 0; ) {
    const entry = g.entry(e);
    if (entry.code === outer) return true;
    e = entry.parent;
  }
  return false;
}

/**
 * Ancestor codes of a GB/T 2260 code, nearest first, by arithmetic alone: township 150205001 (or its 12-digit
 * form 150205001000) → 150205, 150200, 150000; county 150205 → 150200, 150000; prefecture 150200 → 150000.
 * Codes that are not 6, 9 or 12 digits (ISO country codes) have none.
 */
export function rollUpCodes(code: string): string[] {
  if (!/^\d{6}(?:\d{3}(?:\d{3})?)?$/.test(code)) return [];
  const out: string[] = [];
  const six = code.slice(0, 6);
  if (code.length > 6) out.push(six);
  const prefecture = six.slice(0, 4) + '00';
  const province = six.slice(0, 2) + '0000';
  if (six !== prefecture && prefecture !== province) out.push(prefecture);
  if (six !== province) out.push(province);
  return out;
}
