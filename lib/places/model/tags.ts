// Span tags as feature values: where a position sits in a span (B, I, E, S) and the span's place level, for the
// rule recogniser's spans and for the gazetteer's longest-match cover.
import type { PlaceLevel } from '../../types';

const LEVELS: readonly PlaceLevel[] = ['country', 'province', 'prefecture', 'county', 'township', 'region', 'city', 'feature'];
const LEVEL_INDEX = new Map(LEVELS.map((l, i) => [l, i + 1]));

export function levelIndex(level: PlaceLevel): number {
  return LEVEL_INDEX.get(level) ?? 0;
}

/**
 * Writes into `tags` (one value per unit, 0 outside) the tag of units [start, end): 1 B, 2 I, 3 E, 4 S, plus
 * level << 3 (and `extra` << 7).
 */
export function markSpan(tags: Int32Array, start: number, end: number, level: number, extra = 0): void {
  const hi = (level << 3) | (extra << 7);
  if (end - start === 1) {
    tags[start] = 4 | hi;
    return;
  }
  tags[start] = 1 | hi;
  for (let k = start + 1; k < end - 1; k++) tags[k] = 2 | hi;
  tags[end - 1] = 3 | hi;
}
