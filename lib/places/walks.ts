// What the matcher's trie walks found, kept for the tagger's features: the longest gazetteer form starting at each
// unit of a text (match.ts walks from nearly every CJK unit; zh-features.ts prepareZh wants the longest form from
// every one), so that the second reading of the text does not walk the trie again where the first one did.

/** The longest form from each unit of one text, as far as the matcher walked. */
export class FormWalks {
  /**
   * By unit: the end of the longest form starting there (> 0), 0 when none starts there (or the unit starts no
   * walk: not CJK, or the text's last unit), -1 when the matcher did not walk from it (inside a span it took).
   */
  readonly end: Int32Array;
  /** By unit with end > 0: the trie node of that longest form. */
  readonly node: Int32Array;
  constructor(length: number) {
    this.end = new Int32Array(length);
    this.node = new Int32Array(length);
  }
}
