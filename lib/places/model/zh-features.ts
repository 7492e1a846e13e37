// Features of the Chinese place tagger, one row of ZH_K slots per UTF-16 unit of the (Traditional-folded) text:
// characters and character pairs around the unit (digits and Latin letters by class), where the unit sits in a
// span of the rule recogniser (resolve.ts) and in the gazetteer's longest-match cover (any surface form, with
// its level, whether or not the rules accept it), and the length of the longest name starting or ending there.
import type { PlaceSpan } from '../../types';
import { TrieTable, type Gazetteer } from '../gazetteer';
import { formInfo, NOT_WALKED, type FormWalks } from '../walks';
import { slot, slot1, slot2 } from './hash';
import { levelIndex, markSpan } from './tags';
import type { WordPairs } from './words';

export const ZH_K = 28;
export const LANG = 0x100;
export const BOS = 4;
export const ORG_REACH = 8;
/** Last characters of organisations' names: parties, bodies, companies, schools, teams, papers. */
const ORG_SUFFIX = 1;
const CLAUSE_END = 2;
/** By UTF-16 unit: ORG_SUFFIX (last characters of organisations' names) | CLAUSE_END. */
const KIND = new Uint8Array(0x10000);
export const ORG_SUFFIX_CHARS = '党委局厅部院会社行司队团校所处办组馆报台站军厂店协联盟署府';
for (const c of ORG_SUFFIX_CHARS) KIND[c.charCodeAt(0)] |= ORG_SUFFIX;
for (const c of '，。；：、！？,;:!?“”"（）()《》\n') KIND[c.charCodeAt(0)] |= CLAUSE_END;
export const EOS = 5;

/** What a character contributes: CJK and punctuation themselves, digits and Latin letters by class. */
function charClass(c: number): number {
  if (c >= 0x30 && c <= 0x39) return 1;
  if (c >= 0xff10 && c <= 0xff19) return 1;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff5a)) return 2;
  if (c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0a) return 3;
  return c;
}

/** charClass by UTF-16 unit where it is a class (1-3), 0 where it is the unit itself: one read, no branches. */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (charClass(c) !== c) CLASS[c] = charClass(c);

export function isCjk(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/**
 * Per-unit working arrays, reused from call to call (grown as needed): one per model (apply.ts) or training run.
 * `cls` is never cleared: the feature two units past a sentence's last unit (template 20) reads what an earlier,
 * longer text left there, as the weights were trained; a fresh ZhWork reads zeros there, as a fresh process did.
 */
export class ZhWork {
  size = 0;
  cls = new Int32Array(4);
  ruleTag = new Int32Array(0);
  longEnd = new Int32Array(0);
  longInfo = new Int32Array(0);
  endLen = new Int32Array(0);
  cover = new Int32Array(0);
  orgChar = new Int32Array(0);
  orgDist = new Int32Array(0);
  grow(n: number): void {
    if (this.size >= n) return;
    const size = Math.max(n, this.size * 2, 256);
    this.size = size;
    this.cls = new Int32Array(size + 4);
    this.ruleTag = new Int32Array(size);
    this.longEnd = new Int32Array(size);
    this.longInfo = new Int32Array(size);
    this.endLen = new Int32Array(size);
    this.cover = new Int32Array(size);
    this.orgChar = new Int32Array(size);
    this.orgDist = new Int32Array(size);
  }
}

/**
 * Fills `out` (at least text.length * ZH_K) with the feature slots of each active unit of `text` (already
 * folded to Simplified), given the rule recogniser's spans of it; `active` (at least text.length) gets 1 for
 * the units within one of a gazetteer name, a rule span or one of `placeChars` (characters that are mostly
 * part of places in the training news: 俄, 港, 洲), else 0. Inactive units are not places (tagger.ts).
 */
export function zhFeatures(text: string, g: Gazetteer, rule: readonly PlaceSpan[], placeChars: Uint8Array, words: WordPairs, out: Int32Array, active: Uint8Array, work: ZhWork): void {
  const n = text.length;
  prepareZh(text, g, rule, placeChars, active, work);
  const { cls, ruleTag, longEnd, longInfo, endLen, cover, orgChar, orgDist } = work;
  for (let i = 0, o = 0; i < n; i++, o += ZH_K) {
    if (active[i] === 0) continue;
    const c0 = cls[i + 2]!;
    const p1 = cls[i + 1]!;
    const p2 = cls[i]!;
    const n1 = cls[i + 3]!;
    const n2 = cls[i + 4]!;
    const rt = ruleTag[i]!;
    const ct = cover[i]!;
    const start = longEnd[i]! > 0 ? Math.min(6, longEnd[i]! - i) | (longInfo[i]! << 3) : 0;
    out[o] = slot1(LANG | 0, c0);
    out[o + 1] = slot1(LANG | 1, p1);
    out[o + 2] = slot1(LANG | 2, n1);
    out[o + 3] = slot1(LANG | 3, p2);
    out[o + 4] = slot1(LANG | 4, n2);
    out[o + 5] = slot2(LANG | 5, p1, c0);
    out[o + 6] = slot2(LANG | 6, c0, n1);
    out[o + 7] = slot2(LANG | 7, p2, p1);
    out[o + 8] = slot2(LANG | 8, n1, n2);
    out[o + 9] = slot2(LANG | 9, p1, n1);
    out[o + 10] = slot1(LANG | 10, rt);
    out[o + 11] = slot2(LANG | 11, rt, c0);
    out[o + 12] = slot1(LANG | 12, start);
    out[o + 13] = slot1(LANG | 13, Math.min(6, endLen[i]!));
    out[o + 14] = slot1(LANG | 14, ct);
    out[o + 15] = slot2(LANG | 15, ct, c0);
    out[o + 16] = slot2(LANG | 16, ct, n1);
    out[o + 17] = slot2(LANG | 17, ct, p1);
    out[o + 18] = slot(LANG | 18, ct, n1, n2);
    out[o + 19] = slot1(LANG | 19, 0);
    out[o + 20] = slot1(LANG | 20, cls[i + 5] ?? EOS);
    out[o + 21] = slot1(LANG | 21, i >= 1 ? cls[i - 1] ?? BOS : BOS);
    out[o + 22] = slot(LANG | 22, p1, c0, n1);
    out[o + 23] = slot2(LANG | 23, ct, orgChar[i]!);
    out[o + 24] = slot(LANG | 24, ct & 7, orgChar[i]!, orgDist[i]!);
    // A common word starting here (with the next character) or ending here (with the previous one).
    const code = text.charCodeAt(i);
    const wb = (i + 1 < n && words.has(code, text.charCodeAt(i + 1)) ? 1 : 0) | (i > 0 && words.has(text.charCodeAt(i - 1), code) ? 2 : 0);
    out[o + 25] = slot2(LANG | 25, ct, wb);
    out[o + 26] = slot2(LANG | 26, rt, wb);
    out[o + 27] = slot2(LANG | 27, c0, wb);
  }
}


/**
 * Whether prepareZh would leave every unit of `text` inactive given no rule spans, told from the matcher's walks
 * of the text it is `at` units into (`walks`): no place character and no gazetteer form from any unit. Where the
 * walks cannot tell (a unit not walked, a form reaching past the piece), the answer is false, and prepareZh
 * decides. Writes `work.cls` as prepareZh does: a later, shorter text reads what this one left past its end.
 */
export function quietZh(text: string, placeChars: Uint8Array, work: ZhWork, walks: FormWalks, at: number): boolean {
  const n = text.length;
  work.grow(n);
  const cls = work.cls;
  const walked = walks.at;
  cls[0] = BOS;
  cls[1] = BOS;
  cls[n + 2] = EOS;
  cls[n + 3] = EOS;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = CLASS[c]!;
    cls[i + 2] = k === 0 ? c : k;
    if (placeChars[c] === 1) return false;
    if (isCjk(c) && i + 1 < n && walked[at + i] !== 0) return false;
  }
  return true;
}

/**
 * The per-unit facts the features are made of (ZhWork's arrays) and `active`, for the first text.length units.
 * `walks`, when given, is what the matcher's walks found in the text `text` is a piece of, `at` units on: where
 * the longest form from a unit ends within the piece (or none starts there), the trie is not walked again.
 */
export function prepareZh(text: string, g: Gazetteer, rule: readonly PlaceSpan[], placeChars: Uint8Array, active: Uint8Array, work: ZhWork, walks: FormWalks | null = null, at = 0): void {
  const n = text.length;
  active.fill(0, 0, n);
  for (const s of rule) active.fill(1, Math.max(0, s.start - 1), Math.min(n, s.end + 1));
  work.grow(n);
  const { cls, ruleTag, longEnd, longInfo, endLen, cover, orgChar, orgDist } = work;
  ruleTag.fill(0, 0, n);
  longEnd.fill(0, 0, n);
  longInfo.fill(0, 0, n);
  endLen.fill(0, 0, n);
  cover.fill(0, 0, n);
  orgChar.fill(0, 0, n);
  orgDist.fill(0, 0, n);
  cls[0] = BOS;
  cls[1] = BOS;
  cls[n + 2] = EOS;
  cls[n + 3] = EOS;
  for (const s of rule) markSpan(ruleTag, s.start, s.end, levelIndex(s.level));
  // One pass: each unit's class, the reach of place characters, and the longest gazetteer form starting at the
  // unit (its end and its level, of its first form's entry, full or short).
  const trie = g.trie;
  const root = trie.root;
  const walked = walks === null ? null : walks.at;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = CLASS[c]!;
    cls[i + 2] = k === 0 ? c : k;
    if (placeChars[c] === 1) {
      if (i > 0) active[i - 1] = 1;
      active[i] = 1;
      if (i + 1 < n) active[i + 1] = 1;
    }
    if (!isCjk(c) || i + 1 >= n) continue;
    // The matcher's longest form from here when it ends within the piece (a form reaching past the piece's end
    // tells nothing about the longest within it); 0: no form starts here.
    const known = walked === null ? NOT_WALKED : walked[at + i]!;
    if (known === 0) continue;
    let len = known >> 5;
    if (known !== NOT_WALKED && i + len <= n) longInfo[i] = known & 31;
    else {
      // The matcher's fast path (match.ts): most characters start no name, and the root's table says so.
      let node = root[c * 2]!;
      if (node < 0 || (root[c * 2 + 1]! & TrieTable.secondBit(text.charCodeAt(i + 1))) === 0) continue;
      let bestNode = -1;
      for (let j = i + 1; j < n; j++) {
        const w = trie.step(node, text.charCodeAt(j));
        if (w < 0) break;
        node = w >> 1;
        if ((w & 1) === 1) {
          len = j + 1 - i;
          bestNode = node;
        }
      }
      if (bestNode < 0) continue;
      longInfo[i] = formInfo(g, bestNode);
    }
    longEnd[i] = i + len;
    if (len > endLen[i + len - 1]!) endLen[i + len - 1] = len;
  }
  for (let i = 0; i < n; ) {
    if (longEnd[i]! > 0) {
      markSpan(cover, i, longEnd[i]!, longInfo[i]! & 15, longInfo[i]! >> 4);
      active.fill(1, Math.max(0, i - 1), Math.min(n, longEnd[i]! + 1));
      i = longEnd[i]!;
    } else i++;
  }
  // The first organisation-suffix character within ORG_REACH after each unit, and its distance (the 局 of
  // 北京市怀柔县民政局, the 党 of 中国共产党), up to the clause's end.
  // (Units run backwards from n - 2: the last one has no unit after it. `kind` is the unit after i's.)
  for (let i = n - 2; i >= 0; i--) {
    const next = text.charCodeAt(i + 1);
    const kind = KIND[next]!;
    if ((kind & CLAUSE_END) !== 0) continue;
    if ((kind & ORG_SUFFIX) !== 0) {
      orgChar[i] = next;
      orgDist[i] = 1;
    } else if (orgDist[i + 1]! > 0 && orgDist[i + 1]! < ORG_REACH) {
      orgChar[i] = orgChar[i + 1]!;
      orgDist[i] = orgDist[i + 1]! + 1;
    }
  }
}
