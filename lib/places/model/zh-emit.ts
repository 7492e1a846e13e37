// The Chinese tagger's emission scores straight from the per-unit facts (zh-features.ts prepareZh), without
// writing the feature slots out: the same ZH_K features, summed the same way (integer weights, so the order of
// the sum does not change it), but what depends on one character alone is looked up in a per-character row
// filled on first sight, and what depends on a small tag alone in a table filled at load. The features of two
// or three characters, and of a tag with characters, are summed once per five characters around a unit and
// tags met (a cache). zhFeatures + emissions (tagger.ts) stay the reference, and
// test/unit/places/tagger-fast.test.ts holds the two equal.
import type { PlaceSpan } from '../../types';
import type { Gazetteer } from '../gazetteer';
import { LABELS, slot, slot1, slot2 } from './hash';
import type { SparseWeights } from './sparse';
import type { FormWalks } from '../walks';
import type { WordPairs } from './words';
import { BOS, EOS, LANG, ORG_REACH, ORG_SUFFIX_CHARS, prepareZh, type ZhWork } from './zh-features';

const FORCE = 1e9;
/** Per character class: its weights for each template it feeds alone (ROW_PARTS of them), LABELS each. */
const ROW_PARTS = 15;
const ROW = ROW_PARTS * LABELS;
/** The tags (rule, cover, name start) stay below this; a larger one is hashed as it comes. */
const TAGS = 256;
const WB = 4;
const ORGS = ORG_SUFFIX_CHARS.length + 1;
const DISTS = ORG_REACH + 1;
/** Entries of the cache of five-character sums (a power of two): direct-mapped, one probe. */
const FIVE_BITS = 14;
/** Slots per entry of that cache: three of key, LABELS of sums, two unused (32 bytes: one cache line's half). */
const FIVE_STRIDE = 8;
/** Rule and cover tags below these fit the cache's key (7 and 8 bits above the key's n2 and its set bit). */
const RT_LIMIT = 128;
const CT_LIMIT = 256;

/** The per-tag weight tables a ZhEmitter fills at load (the bias and templates 10, 12-14, 23-26). */
export interface EmitTables {
  bias: Int16Array;
  t10: Int16Array;
  t12: Int16Array;
  t13: Int16Array;
  t14: Int16Array;
  t25: Int16Array;
  t26: Int16Array;
  t23: Int16Array;
  t24: Int16Array;
}

const TABLE_SIZES: Record<keyof EmitTables, number> = {
  bias: 1,
  t10: TAGS,
  t12: TAGS,
  t13: 7,
  t14: TAGS,
  t25: TAGS * WB,
  t26: TAGS * WB,
  t23: TAGS * ORGS,
  t24: 8 * ORGS * DISTS,
};

function isEmitTables(x: unknown): x is EmitTables {
  if (!x || typeof x !== 'object') return false;
  const o = x as Record<string, unknown>;
  return (Object.keys(TABLE_SIZES) as (keyof EmitTables)[]).every((k) => o[k] instanceof Int16Array && (o[k] as Int16Array).length === TABLE_SIZES[k] * LABELS);
}

/** One model's caches of weight sums, filled as characters are met (the model's working state). */
export class ZhEmitter {
  private rowOf = new Int32Array(0x10000).fill(-1);
  private rows = new Int16Array(ROW * 1024);
  private used = 0;
  private bias: Int16Array;
  /** t10 by rule tag, t12 by name start, t13 by name-end length, t14 by cover tag: TAGS * LABELS each. */
  private t10: Int16Array;
  private t12: Int16Array;
  private t13: Int16Array;
  private t14: Int16Array;
  /** t25 by (cover, wb), t26 by (rule, wb): TAGS * WB * LABELS. */
  private t25: Int16Array;
  private t26: Int16Array;
  /** t23 by (cover, org), t24 by (cover & 7, org, distance). */
  private t23: Int16Array;
  private t24: Int16Array;
  private orgIndex = new Uint8Array(0x10000);
  private acc = new Float64Array(LABELS);
  private scratch = new Float64Array(LABELS);
  /**
   * The weights of the hashed features of a unit (hashed(): the five characters around it, and its rule and
   * cover tags with them) summed per label, by the five and the tags, cached as met: a sentence's active units
   * sit around place names, whose contexts come back again and again, and one probe replaces up to ten hashes
   * and weight lookups. An entry: its key (p1 << 16 | c0, n1 << 16 | p2 and n2 | 1 << 16 | ct << 17 | rt << 25,
   * never 0: 0 marks an empty entry) and its LABELS sums, FIVE_STRIDE slots, so that a probe reads one cache line.
   */
  private five = new Int32Array(FIVE_STRIDE << FIVE_BITS);

  /**
   * `tables`: the tables this model's emitter filled at load (tables()), kept with the model (the command line's
   * gazetteer snapshot): reused when of the expected sizes, else filled again from the weights.
   */
  constructor(private w: SparseWeights, private words: WordPairs, tables?: unknown) {
    for (let k = 0; k < ORG_SUFFIX_CHARS.length; k++) this.orgIndex[ORG_SUFFIX_CHARS.charCodeAt(k)] = k + 1;
    const kept = isEmitTables(tables) ? tables : null;
    const table = (name: keyof EmitTables, size: number, f: (k: number) => number) => {
      const t = kept ? kept[name] : new Int16Array(size * LABELS);
      if (!kept) for (let k = 0; k < size; k++) this.put(t, k * LABELS, f(k));
      return t;
    };
    this.bias = table('bias', 1, () => slot1(LANG | 19, 0));
    this.t10 = table('t10', TAGS, (v) => slot1(LANG | 10, v));
    this.t12 = table('t12', TAGS, (v) => slot1(LANG | 12, v));
    this.t13 = table('t13', 7, (v) => slot1(LANG | 13, v));
    this.t14 = table('t14', TAGS, (v) => slot1(LANG | 14, v));
    this.t25 = table('t25', TAGS * WB, (k) => slot2(LANG | 25, k >> 2, k & 3));
    this.t26 = table('t26', TAGS * WB, (k) => slot2(LANG | 26, k >> 2, k & 3));
    const org = (k: number) => (k === 0 ? 0 : ORG_SUFFIX_CHARS.charCodeAt(k - 1));
    this.t23 = table('t23', TAGS * ORGS, (k) => slot2(LANG | 23, Math.floor(k / ORGS), org(k % ORGS)));
    this.t24 = table('t24', 8 * ORGS * DISTS, (k) => slot(LANG | 24, Math.floor(k / (ORGS * DISTS)), org(Math.floor(k / DISTS) % ORGS), k % DISTS));
  }

  /** The tables filled at load from the weights (to keep with the model, so that a later load skips filling them). */
  tables(): EmitTables {
    const { bias, t10, t12, t13, t14, t25, t26, t23, t24 } = this;
    return { bias, t10, t12, t13, t14, t25, t26, t23, t24 };
  }

  /** Adds the weights of slot `s` to acc[0..LABELS). */
  private add(s: number, acc: Float64Array): void {
    const r = this.w.row(s);
    if (r < 0) return;
    const v = this.w.values;
    acc[0] += v[r * 3]!;
    acc[1] += v[r * 3 + 1]!;
    acc[2] += v[r * 3 + 2]!;
  }

  /** Writes the weights of `s` at t[at..at+LABELS). */
  private put(t: Int16Array, at: number, s: number): void {
    const r = this.w.row(s);
    for (let y = 0; y < LABELS; y++) t[at + y] = r < 0 ? 0 : this.w.values[r * LABELS + y]!;
  }

  /**
   * Adds to `acc` the weights of the features of the five characters around a unit and of the unit's rule tag
   * `rt` and cover tag `ct` with them (templates 5-9, 22; 11 when rt > 0; 15-18 when ct > 0, 18 also at 0).
   */
  private hashed(p2: number, p1: number, c0: number, n1: number, n2: number, rt: number, ct: number, acc: Float64Array): void {
    if (rt !== 0) this.add(slot2(LANG | 11, rt, c0), acc);
    if (ct !== 0) {
      this.add(slot2(LANG | 15, ct, c0), acc);
      this.add(slot2(LANG | 16, ct, n1), acc);
      this.add(slot2(LANG | 17, ct, p1), acc);
    }
    this.add(slot(LANG | 18, ct, n1, n2), acc);
    this.add(slot2(LANG | 5, p1, c0), acc);
    this.add(slot2(LANG | 6, c0, n1), acc);
    this.add(slot2(LANG | 7, p2, p1), acc);
    this.add(slot2(LANG | 8, n1, n2), acc);
    this.add(slot2(LANG | 9, p1, n1), acc);
    this.add(slot(LANG | 22, p1, c0, n1), acc);
  }

  /** Where the sums of (p2, p1, c0, n1, n2, rt, ct) start in the cache (`five`), filled on a miss. */
  private fiveAt(p2: number, p1: number, c0: number, n1: number, n2: number, rt: number, ct: number): number {
    const k1 = (p1 << 16) | c0;
    const k2 = (n1 << 16) | p2;
    const k3 = n2 | 0x10000 | (ct << 17) | (rt << 25);
    const h = (Math.imul(k1 ^ Math.imul(k2 ^ Math.imul(k3, 0x2545f491), 0x9e3779b1), 0x85ebca6b) >>> (32 - FIVE_BITS)) * FIVE_STRIDE;
    const five = this.five;
    if (five[h] === k1 && five[h + 1] === k2 && five[h + 2] === k3) return h + 3;
    const acc = this.scratch;
    acc[0] = 0;
    acc[1] = 0;
    acc[2] = 0;
    this.hashed(p2, p1, c0, n1, n2, rt, ct, acc);
    five[h] = k1;
    five[h + 1] = k2;
    five[h + 2] = k3;
    five[h + 3] = acc[0]!;
    five[h + 4] = acc[1]!;
    five[h + 5] = acc[2]!;
    return h + 3;
  }

  /** The row offset of class `c`, filled on first sight. */
  private row(c: number): number {
    let at = this.rowOf[c]!;
    if (at >= 0) return at;
    at = this.used;
    this.used += ROW;
    if (this.used > this.rows.length) {
      const rows = new Int16Array(this.rows.length * 2);
      rows.set(this.rows);
      this.rows = rows;
    }
    const slots = [
      slot1(LANG | 0, c), // 0: c0
      slot1(LANG | 1, c), // 1: p1 (the unit after)
      slot1(LANG | 2, c), // 2: n1 (the unit before)
      slot1(LANG | 3, c), // 3: p2
      slot1(LANG | 4, c), // 4: n2
      slot1(LANG | 20, c), // 5: three units on
      slot1(LANG | 21, c), // 6: three units back
      slot2(LANG | 11, 0, c), // 7: c0 outside any rule span
      slot2(LANG | 15, 0, c), // 8: c0 outside the cover
      slot2(LANG | 16, 0, c), // 9: n1 outside the cover
      slot2(LANG | 17, 0, c), // 10: p1 outside the cover
      slot2(LANG | 27, c, 0), // 11..14: c0 with each word-boundary value
      slot2(LANG | 27, c, 1),
      slot2(LANG | 27, c, 2),
      slot2(LANG | 27, c, 3),
    ];
    for (let k = 0; k < ROW_PARTS; k++) this.put(this.rows, at + k * LABELS, slots[k]!);
    this.rowOf[c] = at;
    return at;
  }

  /**
   * Emission scores `e[i * 3 + label]` of `text` (folded), as zhFeatures + emissions give them, and `active`
   * as zhFeatures sets it (`walks`, `at`: as prepareZh takes them). Returns how many units are active.
   */
  emit(text: string, g: Gazetteer, rule: readonly PlaceSpan[], placeChars: Uint8Array, work: ZhWork, active: Uint8Array, e: Float64Array, walks: FormWalks | null = null, at = 0): number {
    const n = text.length;
    prepareZh(text, g, rule, placeChars, active, work, walks, at);
    const { cls, ruleTag, longEnd, longInfo, endLen, cover, orgChar, orgDist } = work;
    const { t10, t12, t13, t14, t25, t26, t23, t24, orgIndex, words, bias, acc } = this;
    this.row(BOS);
    this.row(EOS);
    // The rows of the classes an active unit reads are made as the loop meets them (a row made can move `rows`).
    let rows = this.rows;
    const rowOf = this.rowOf;
    let pairAt = -1;
    let pair = false;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const at = i * 3;
      if (active[i] === 0) {
        e[at] = 0;
        e[at + 1] = -FORCE;
        e[at + 2] = -FORCE;
        continue;
      }
      count++;
      const c0 = cls[i + 2]!;
      const p1 = cls[i + 1]!;
      const p2 = cls[i]!;
      const n1 = cls[i + 3]!;
      const n2 = cls[i + 4]!;
      const n3 = cls[i + 5] ?? EOS;
      const m3 = i >= 1 ? cls[i - 1] ?? BOS : BOS;
      const rt = ruleTag[i]!;
      const ct = cover[i]!;
      const start = longEnd[i]! > 0 ? Math.min(6, longEnd[i]! - i) | (longInfo[i]! << 3) : 0;
      // A common word starting here (with the next unit) or ending here; the first is the next unit's second.
      const code = text.charCodeAt(i);
      const next = i + 1 < n && words.has(code, text.charCodeAt(i + 1));
      const wb = (next ? 1 : 0) | (i > 0 && (pairAt === i - 1 ? pair : words.has(text.charCodeAt(i - 1), code)) ? 2 : 0);
      pairAt = i;
      pair = next;
      let rc = rowOf[c0]!;
      let rp1 = rowOf[p1]!;
      let rn1 = rowOf[n1]!;
      let rp2 = rowOf[p2]!;
      let rn2 = rowOf[n2]!;
      let rn3 = rowOf[n3]!;
      let rm3 = rowOf[m3]!;
      if ((rc | rp1 | rn1 | rp2 | rn2 | rn3 | rm3) < 0) {
        rc = this.row(c0);
        rp1 = this.row(p1);
        rn1 = this.row(n1);
        rp2 = this.row(p2);
        rn2 = this.row(n2);
        rn3 = this.row(n3);
        rm3 = this.row(m3);
        rows = this.rows;
      }
      rp2 += 3 * LABELS;
      rn2 += 4 * LABELS;
      rn3 += 5 * LABELS;
      rm3 += 6 * LABELS;
      let e0 = bias[0]! + rows[rc]! + rows[rp1 + 3]! + rows[rn1 + 6]! + rows[rp2]! + rows[rn2]! + rows[rn3]! + rows[rm3]!;
      let e1 = bias[1]! + rows[rc + 1]! + rows[rp1 + 4]! + rows[rn1 + 7]! + rows[rp2 + 1]! + rows[rn2 + 1]! + rows[rn3 + 1]! + rows[rm3 + 1]!;
      let e2 = bias[2]! + rows[rc + 2]! + rows[rp1 + 5]! + rows[rn1 + 8]! + rows[rp2 + 2]! + rows[rn2 + 2]! + rows[rn3 + 2]! + rows[rm3 + 2]!;
      const wbAt = rc + (11 + wb) * LABELS;
      e0 += rows[wbAt]!;
      e1 += rows[wbAt + 1]!;
      e2 += rows[wbAt + 2]!;
      // Templates 11 (rule tag, c0), 15-17 (cover tag with c0, n1, p1): from the rows outside a span, else from
      // the cache below.
      acc[0] = 0;
      acc[1] = 0;
      acc[2] = 0;
      if (rt === 0) {
        e0 += rows[rc + 21]!;
        e1 += rows[rc + 22]!;
        e2 += rows[rc + 23]!;
      }
      if (ct === 0) {
        e0 += rows[rc + 24]! + rows[rn1 + 27]! + rows[rp1 + 30]!;
        e1 += rows[rc + 25]! + rows[rn1 + 28]! + rows[rp1 + 31]!;
        e2 += rows[rc + 26]! + rows[rn1 + 29]! + rows[rp1 + 32]!;
      }
      // Small tags: tables filled at load (a tag past their size, which the tags do not reach, is hashed).
      const oc = orgChar[i]!;
      const oi = orgIndex[oc]!;
      const od = orgDist[i]!;
      const end6 = Math.min(6, endLen[i]!);
      if (rt < TAGS && ct < TAGS && start < TAGS && (oc === 0 || oi > 0) && od < DISTS) {
        const a10 = rt * 3;
        const a12 = start * 3;
        const a13 = end6 * 3;
        const a14 = ct * 3;
        const a25 = (ct * WB + wb) * 3;
        const a26 = (rt * WB + wb) * 3;
        const a23 = (ct * ORGS + oi) * 3;
        const a24 = (((ct & 7) * ORGS + oi) * DISTS + od) * 3;
        e0 += t10[a10]! + t12[a12]! + t13[a13]! + t14[a14]! + t25[a25]! + t26[a26]! + t23[a23]! + t24[a24]!;
        e1 += t10[a10 + 1]! + t12[a12 + 1]! + t13[a13 + 1]! + t14[a14 + 1]! + t25[a25 + 1]! + t26[a26 + 1]! + t23[a23 + 1]! + t24[a24 + 1]!;
        e2 += t10[a10 + 2]! + t12[a12 + 2]! + t13[a13 + 2]! + t14[a14 + 2]! + t25[a25 + 2]! + t26[a26 + 2]! + t23[a23 + 2]! + t24[a24 + 2]!;
      } else {
        this.add(slot1(LANG | 10, rt), acc);
        this.add(slot1(LANG | 12, start), acc);
        this.add(slot1(LANG | 13, end6), acc);
        this.add(slot1(LANG | 14, ct), acc);
        this.add(slot2(LANG | 25, ct, wb), acc);
        this.add(slot2(LANG | 26, rt, wb), acc);
        this.add(slot2(LANG | 23, ct, oc), acc);
        this.add(slot(LANG | 24, ct & 7, oc, od), acc);
      }
      // Two and three characters, and the tags with characters: from the cache (tags past its key's bits, which
      // the tags do not reach, are hashed).
      if (rt < RT_LIMIT && ct < CT_LIMIT) {
        const tr = this.fiveAt(p2, p1, c0, n1, n2, rt, ct);
        const sums = this.five;
        e0 += sums[tr]!;
        e1 += sums[tr + 1]!;
        e2 += sums[tr + 2]!;
      } else this.hashed(p2, p1, c0, n1, n2, rt, ct, acc);
      e0 += acc[0]!;
      e1 += acc[1]!;
      e2 += acc[2]!;
      e[at] = e0;
      e[at + 1] = e1;
      e[at + 2] = e2;
    }
    return count;
  }
}
