// The tagger's weights as the loaded model holds them: of the 2^20 hashed slots only a few percent carry a
// weight, so a dense table (6 MB) is mostly zeros read from cold memory. Here a bit per slot says whether it
// carries one, and a running count per 32 slots gives its row among the compact weights: about 0.5 MB,
// which stays in cache, and a zero slot costs one read.
import { LABELS, SIZE } from './hash';

export class SparseWeights {
  /** Per 32 slots: [bits of the slots with a weight, how many slots before them have one]. */
  readonly index: Int32Array;
  /** LABELS weights per slot with a weight, in slot order. */
  readonly values: Int16Array;

  /**
   * From the slots carrying a weight (ascending) and their LABELS weights each, or from the index such a call
   * built (`index`, as SparseWeights.index holds it: a saved model loads without building it again).
   */
  constructor(slots: Int32Array, values: Int16Array, index?: Int32Array) {
    this.values = values;
    if (index) {
      if (index.length !== (SIZE >>> 5) * 2) throw new Error('place model: malformed index');
      this.index = index;
      return;
    }
    index = new Int32Array((SIZE >>> 5) * 2);
    for (const s of slots) index[(s >>> 5) * 2] |= 1 << (s & 31);
    let count = 0;
    for (let k = 0; k < index.length; k += 2) {
      index[k + 1] = count;
      count += popcount(index[k]!);
    }
    this.index = index;
  }

  /** The row of `slot` among the compact weights (its weights start at row * LABELS), or -1 when it has none. */
  row(slot: number): number {
    const at = (slot >>> 5) * 2;
    const word = this.index[at]!;
    const bit = 1 << (slot & 31);
    return (word & bit) === 0 ? -1 : this.index[at + 1]! + popcount(word & (bit - 1));
  }

  /** The weight of `slot` for `label` (0 when the slot has none). */
  weight(slot: number, label: number): number {
    const r = this.row(slot);
    return r < 0 ? 0 : this.values[r * LABELS + label]!;
  }
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
