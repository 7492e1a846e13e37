// Common two-character words (from jieba's dictionary at training time, stored in the tagger's resource): where a
// word runs across a name's edge (示范|县, 河南乡|村, 发展中|国家) the name does not end or start there.
// An open-addressing set of (first << 16 | second) character pairs over an Int32Array.

export class WordPairs {
  private keys: Int32Array;
  private mask: number;
  constructor(pairs: string) {
    let cap = 1024;
    while (cap < pairs.length) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i + 1 < pairs.length; i += 2) this.add(pairs.charCodeAt(i), pairs.charCodeAt(i + 1));
  }
  private add(a: number, b: number): void {
    const key = (a << 16) | b;
    let h = WordPairs.hash(key) & this.mask;
    while (this.keys[h] !== 0 && this.keys[h] !== key) h = (h + 1) & this.mask;
    this.keys[h] = key;
  }
  private static hash(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> 17;
  }
  /** Whether the characters a, b form a listed word. */
  has(a: number, b: number): boolean {
    const key = (a << 16) | b;
    let h = WordPairs.hash(key) & this.mask;
    for (;;) {
      const k = this.keys[h]!;
      if (k === key) return true;
      if (k === 0) return false;
      h = (h + 1) & this.mask;
    }
  }
}
