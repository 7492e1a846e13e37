// The gazetteer's two lookup tables over typed arrays: a character trie (TrieTable) and the surface forms ending
// at its nodes (FormTable). Both can hand out their state as plain typed arrays and be rebuilt from them, so
// that a built gazetteer can be kept on disk and loaded without building the tables again (snapshot.ts).

/** TrieTable's state (root children, edge bits, edge slots, edges in use). */
export interface TrieArrays {
  root: Int32Array;
  edgeBits: Int32Array;
  slots: Int32Array;
  size: number;
}

/** FormTable's state. */
export interface FormArrays {
  head: Int32Array;
  ends: Uint8Array;
  tail: Int32Array;
  packed: Int32Array;
  next: Int32Array;
  count: number;
}

/**
 * Trie edges in an open-addressing hash table over typed arrays: (node, char) → child. Building and probing
 * allocate nothing per character, unlike a Map per node or a Map keyed by node * 65536 + char (heap numbers).
 * The root's children sit in a direct table indexed by the UTF-16 unit: nearly every CJK character of a text
 * starts a lookup there, and an index is cheaper than a probe. Below the root, a bit per hashed edge (256 KB,
 * cache-resident unlike the multi-megabyte table) answers most misses, the common case, without a probe.
 */
export class TrieTable {
  /**
   * By UTF-16 unit c: at 2c the root's child (-1: none), at 2c + 1 32 bits of that child's second characters
   * (a bit per hashed character, secondBit; set by finishIndex once every name is in). Read directly by the
   * matcher's per-character loop: most characters of a text start no name, and the pair, one cache line, says
   * so without reaching into the edge table.
   */
  readonly root: Int32Array;
  private static emptyRoot(): Int32Array {
    const root = new Int32Array(0x20000);
    for (let c = 0; c < 0x10000; c++) root[c * 2] = -1;
    return root;
  }
  private edgeBits: Int32Array;
  /**
   * Slot h holds node, char and child word at 3h, 3h + 1, 3h + 2, so that a probe reads one cache line, not
   * three arrays. The child word is child << 1 | 1 when some surface form ends at the child (finishIndex):
   * the matcher learns it from the step it takes anyway instead of from a table of its own.
   */
  private slots: Int32Array;
  private mask: number;
  private size: number;
  /** An empty table of `capacity` edge slots (a power of two; it grows), or one restored from `arrays`. */
  constructor(capacity: number, arrays?: TrieArrays) {
    this.root = arrays?.root ?? TrieTable.emptyRoot();
    this.edgeBits = arrays?.edgeBits ?? new Int32Array(1 << 16);
    this.slots = arrays?.slots ?? TrieTable.emptySlots(capacity);
    this.mask = this.slots.length / 3 - 1;
    this.size = arrays?.size ?? 0;
  }
  /** The table's state as plain typed arrays (a snapshot: snapshot.ts). */
  arrays(): TrieArrays {
    return { root: this.root, edgeBits: this.edgeBits, slots: this.slots, size: this.size };
  }
  private static emptySlots(capacity: number): Int32Array {
    const slots = new Int32Array(capacity * 3);
    for (let i = 0; i < slots.length; i += 3) slots[i] = -1;
    return slots;
  }
  private slot(node: number, c: number): number {
    const slots = this.slots;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
    while (slots[h * 3] !== -1 && (slots[h * 3] !== node || slots[h * 3 + 1] !== c)) h = (h + 1) & this.mask;
    return h;
  }
  private static edgeBit(node: number, c: number): number {
    return (Math.imul(node, 0x2c1b3c6d) ^ Math.imul(c, 0x297a2d39)) >>> 11;
  }
  get(node: number, c: number): number {
    const w = this.step(node, c);
    return w < 0 ? -1 : w >> 1;
  }
  /** The child word for (node, c): child << 1 | (a surface form ends at the child), or -1 for no child. */
  step(node: number, c: number): number {
    // Names have two characters at least, so no form ends at a root child.
    if (node === 0) return this.root[c * 2]! < 0 ? -1 : this.root[c * 2]! << 1;
    const b = TrieTable.edgeBit(node, c);
    if ((this.edgeBits[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    // The probe of slot(), written out: this runs for nearly every character of a text, and a browser's
    // compiler does not always inline the call.
    const slots = this.slots;
    const mask = this.mask;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
    for (;;) {
      const k = h * 3;
      const n = slots[k]!;
      if (n === -1) return -1;
      if (n === node && slots[k + 1] === c) return slots[k + 2]!;
      h = (h + 1) & mask;
    }
  }
  /** The child for (node, c), adding `child` when there is none yet: one probe for lookup and insert. */
  getOrAdd(node: number, c: number, child: number): number {
    if (node === 0) {
      const known = this.root[c * 2]!;
      if (known >= 0) return known;
      this.root[c * 2] = child;
      return child;
    }
    if ((this.size + 1) * 2 > this.mask) this.grow();
    const k = this.slot(node, c) * 3;
    if (this.slots[k] !== -1) return this.slots[k + 2]! >> 1;
    this.put(k, node, c, child << 1);
    return child;
  }
  /** The bit of a root child's second-character word that stands for `c`. */
  static secondBit(c: number): number {
    return 1 << (Math.imul(c, 0x9e3779b1) >>> 27);
  }
  /**
   * Completes the indexes once every name is in (parseGazetteer's last step; nothing is added after it): each
   * child word's form bit from the form table, and each root child's second-character bits.
   */
  finishIndex(forms: FormTable): void {
    const slots = this.slots;
    let maxNode = 0;
    for (let c = 0; c < 0x10000; c++) if (this.root[c * 2]! > maxNode) maxNode = this.root[c * 2]!;
    // The first character of each root child, to file the edges leaving it.
    const firstChar = new Int32Array(maxNode + 1).fill(-1);
    for (let c = 0; c < 0x10000; c++) if (this.root[c * 2]! > 0) firstChar[this.root[c * 2]!] = c;
    for (let k = 0; k < slots.length; k += 3) {
      const node = slots[k]!;
      if (node === -1) continue;
      if (forms.has(slots[k + 2]! >> 1)) slots[k + 2]! |= 1;
      const first = node <= maxNode ? firstChar[node]! : -1;
      if (first >= 0) this.root[first * 2 + 1]! |= TrieTable.secondBit(slots[k + 1]!);
    }
  }
  private put(k: number, node: number, c: number, word: number): void {
    if (this.slots[k] === -1) this.size++;
    this.slots[k] = node;
    this.slots[k + 1] = c;
    this.slots[k + 2] = word;
    const b = TrieTable.edgeBit(node, c);
    this.edgeBits[b >>> 5]! |= 1 << (b & 31);
  }
  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = TrieTable.emptySlots(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let k = 0; k < old.length; k += 3) if (old[k] !== -1) this.put(this.slot(old[k]!, old[k + 1]!) * 3, old[k]!, old[k + 1]!, old[k + 2]!);
  }
}

/** A surface form: entry index and whether it is the full name (false: a derived short form or a weak alias). */
export interface SurfaceForm {
  entry: number;
  full: boolean;
}

/**
 * Surface forms per trie node as linked lists in typed arrays (insertion order kept); a node's forms become a
 * SurfaceForm[] the first time a text reaches that node, so loading creates no per-form objects.
 */
export class FormTable {
  private head: Int32Array;
  /** 1 where some form ends: a byte per node keeps the matcher's per-character test in cache. */
  private ends: Uint8Array;
  private tail: Int32Array;
  private packed: Int32Array;
  private next: Int32Array;
  private count: number;
  /**
   * Forms made so far, in the order made, and by node 1 + their index there (0: not made yet). A typed index
   * rather than an array indexed by node: writing far past a plain array's end turns it into a dictionary,
   * whose new map threw away the optimised code of every caller (the matcher, the tagger's features).
   */
  private cache: SurfaceForm[][] = [];
  private cacheAt: Int32Array;
  /** An empty table sized for `nodes` and `forms` (it grows), or one restored from `arrays`. */
  constructor(nodes: number, forms: number, arrays?: FormArrays) {
    this.head = arrays?.head ?? new Int32Array(nodes).fill(-1);
    this.ends = arrays?.ends ?? new Uint8Array(nodes);
    this.tail = arrays?.tail ?? new Int32Array(nodes);
    this.packed = arrays?.packed ?? new Int32Array(forms);
    this.next = arrays?.next ?? new Int32Array(forms);
    this.count = arrays?.count ?? 0;
    this.cacheAt = new Int32Array(this.head.length);
  }
  /** The table's state as plain typed arrays (a snapshot: snapshot.ts). */
  arrays(): FormArrays {
    return { head: this.head, ends: this.ends, tail: this.tail, packed: this.packed, next: this.next, count: this.count };
  }
  add(node: number, entry: number, full: boolean): void {
    if (node >= this.head.length) {
      const head = new Int32Array(Math.max(node + 1, this.head.length * 2)).fill(-1);
      head.set(this.head);
      const tail = new Int32Array(head.length);
      tail.set(this.tail);
      this.head = head;
      this.tail = tail;
      const ends = new Uint8Array(head.length);
      ends.set(this.ends);
      this.ends = ends;
      const cacheAt = new Int32Array(head.length);
      cacheAt.set(this.cacheAt);
      this.cacheAt = cacheAt;
    }
    const last = this.head[node]! < 0 ? -1 : this.tail[node]!;
    // The same entry twice in a row (a short form equal to another name of it) is kept once.
    if (last >= 0 && this.packed[last]! >> 1 === entry) return;
    if (this.count === this.packed.length) {
      const packed = new Int32Array(this.count * 2);
      packed.set(this.packed);
      const next = new Int32Array(this.count * 2);
      next.set(this.next);
      this.packed = packed;
      this.next = next;
    }
    const f = this.count++;
    this.packed[f] = (entry << 1) | (full ? 1 : 0);
    this.next[f] = -1;
    this.ends[node] = 1;
    if (last < 0) this.head[node] = f;
    else this.next[last] = f;
    this.tail[node] = f;
  }
  /** Whether any surface form ends at this node (no allocation). */
  has(node: number): boolean {
    return this.ends[node] === 1;
  }
  /** The forms ending at this node, or undefined. */
  at(node: number): SurfaceForm[] | undefined {
    if (!this.has(node)) return undefined;
    const made = this.cacheAt[node]!;
    if (made > 0) return this.cache[made - 1]!;
    const out: SurfaceForm[] = [];
    for (let f = this.head[node]!; f >= 0; f = this.next[f]!) out.push({ entry: this.packed[f]! >> 1, full: (this.packed[f]! & 1) === 1 });
    this.cache.push(out);
    this.cacheAt[node] = this.cache.length;
    return out;
  }
}
