// What the matcher's trie walks found, kept for the tagger's features: the longest gazetteer form starting at each
// unit of a text (match.ts walks from nearly every CJK unit; zh-features.ts prepareZh wants the longest form from
// every one), so that the second reading of the text does not walk the trie again where the first one did.
import type { Gazetteer } from './gazetteer';
import { levelIndex } from './model/tags';

/** Set where the matcher did not walk (or the form is too long to note): the reader walks itself. */
export const NOT_WALKED = 0xffff;
/** Longest noted form length (its length takes the bits above INFO_BITS). */
const MAX_LENGTH = NOT_WALKED >> 5;

/**
 * By unit of one text, as far as the matcher walked: 0 when no form starts there (or the unit starts no walk:
 * not CJK, the text's last unit), NOT_WALKED where the matcher did not walk from it (inside a span it took), else
 * the longest form's length << 5 | its formInfo. Two bytes a unit, written only where a form starts.
 */
export class FormWalks {
  readonly at: Uint16Array;
  /** The text the matcher walked (its source folded to Simplified, foldTraditional), once it has walked it. */
  folded: string | null = null;
  /** formInfo + 1 by trie node, 0 where not asked yet: the gazetteer's (cacheOf). */
  private readonly info: Uint8Array;
  /** `at`, when given, is a zeroed array of `length` units (a view of the buffer forTexts reuses). */
  constructor(
    private readonly g: Gazetteer,
    length: number,
    at?: Uint16Array,
  ) {
    this.at = at ?? new Uint16Array(length);
    this.info = cacheOf(g).info;
  }
  /**
   * One FormWalks per text, each a zeroed view of one buffer the gazetteer keeps and reuses from call to call
   * (a typed array of more than a few units is a buffer allocated outside the heap: costly, one per text). The
   * walks are the caller's until its next call.
   */
  static forTexts(g: Gazetteer, texts: readonly string[]): FormWalks[] {
    let total = 0;
    for (let i = 0; i < texts.length; i++) total += texts[i]!.length;
    const cache = cacheOf(g);
    if (cache.units.length < total) cache.units = new Uint16Array(Math.max(total, cache.units.length * 2));
    const units = cache.units;
    units.fill(0, 0, total);
    const out: FormWalks[] = [];
    for (let i = 0, at = 0; i < texts.length; i++) {
      const n = texts[i]!.length;
      out.push(new FormWalks(g, n, units.subarray(at, at + n)));
      at += n;
    }
    return out;
  }
  /** Notes the longest form from `start`: `length` units, ending at trie node `node`. */
  note(start: number, length: number, node: number): void {
    let info = this.info[node]!;
    if (info === 0) info = this.info[node] = formInfo(this.g, node) + 1;
    this.at[start] = length > MAX_LENGTH ? NOT_WALKED : (length << 5) | (info - 1);
  }
}

/** Per gazetteer: formInfo + 1 by trie node (a byte a node, filled as nodes are met), and forTexts' buffer. */
interface WalkCache {
  info: Uint8Array;
  units: Uint16Array;
}

const caches = new WeakMap<Gazetteer, WalkCache>();

function cacheOf(g: Gazetteer): WalkCache {
  let cache = caches.get(g);
  if (cache === undefined) {
    cache = { info: new Uint8Array(g.forms.arrays().head.length), units: new Uint16Array(1024) };
    caches.set(g, cache);
  }
  return cache;
}

/** The level index of the first form's entry at trie node `node` | 16 when that form is the full name. */
export function formInfo(g: Gazetteer, node: number): number {
  const f = g.forms.at(node)![0]!;
  return levelIndex(g.levelOf(f.entry)) | (f.full ? 16 : 0);
}
