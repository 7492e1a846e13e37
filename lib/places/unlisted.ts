// Places the gazetteer does not list, read by the level word that ends them:
//   - a division abroad spelt in transliteration characters before its level word (巴达赫尚|省, 塔科马|市,
//     恰帕斯|州, 肯特|郡, 阿尔萨斯|大区): the name is foreign by its characters and a division by its word, as
//     the labelled news of People's Daily marks it whole; a place the rules found in it (德州 of
//     贾拉拉巴德州, 布宜诺斯艾利斯 before 省) gives way to it, a foreign one keeping its entry;
//   - a village or township named right after a word of place (到|下叔村, 在|白湖乡, 的|公明镇): two or three
//     characters of a name, none of them grammar, and 村, 乡 or 镇. (After a county, suffixes.ts's
//     withPlacesBelow reads them.)
// Neither where the level word opens a common word (伊拉克|市场, 州长, 村民, 乡亲), nor where an organisation's
// name opens (某某镇|党委), nor over another place.
import type { PlaceSpan } from '../types';
import { isTranslit } from './foreign-names';
import type { WordPairs } from './model/words';
import { opensOrganisation } from './organisation';
import { isCjk } from './model/zh-features';

/** Characters of transliterated place names beyond those of people's names (foreign-names.ts). */
const PLACE_TRANSLIT = new Uint8Array(0x10000);
for (const c of '马达尚丘察恰德亚尔苏康') PLACE_TRANSLIT[c.charCodeAt(0)] = 1;
const isPlaceTranslit = (c: number): boolean => isTranslit(c) || PLACE_TRANSLIT[c] === 1;
/** Level words by their last unit: FOREIGN_LEVEL for divisions abroad (one character, or 大区), VILLAGE_LEVEL for
 * villages and townships; 0 for the rest (one table, asked at every character). */
const FOREIGN_LEVEL = 1;
const VILLAGE_LEVEL = 2;
const LEVEL = new Uint8Array(0x10000);
for (const c of '省州县市区郡镇') LEVEL[c.charCodeAt(0)] |= FOREIGN_LEVEL;
for (const c of '村乡镇') LEVEL[c.charCodeAt(0)] |= VILLAGE_LEVEL;
const DA = '大'.charCodeAt(0);
const DOT = '·'.charCodeAt(0);
/** The longest transliterated name read back from a level word. */
const MAX_NAME = 10;

/** Words of place a village's name follows: at, to, from, of, towards. */
const PLACE_WORD = new Set(Array.from('在到的从往赴至于、“，：；。'));
/** Characters no village's name holds: grammar, measure, pronouns and words of size or place. */
const NOT_IN_NAME = new Set(Array.from('的是在和与及或了对把被为从向到于以也都就将要会能可这那其此各每个年月日号时所之等上里全本该小大新老他她我你们村乡镇县市'));

/** `text[a]` opens no common word with the character after it (市|场, 州|长, 村|民). */
function standsAlone(text: string, a: number, words: WordPairs): boolean {
  return a + 1 >= text.length || !words.has(text.charCodeAt(a), text.charCodeAt(a + 1));
}

/**
 * The start of a transliterated name ending at `end` (its level word there), or -1: two or more such characters,
 * a middle dot allowed inside (尼·伯尔切斯库).
 */
function translitStart(text: string, end: number, words: WordPairs): number {
  let a = end;
  while (a > 0 && end - a < MAX_NAME && (isPlaceTranslit(text.charCodeAt(a - 1)) || (text.charCodeAt(a - 1) === DOT && a < end))) a--;
  // A first character closing a common word with the one before is that word's (抵达|瓦尔帕莱索市).
  if (a > 0 && a < end && words.has(text.charCodeAt(a - 1), text.charCodeAt(a))) a++;
  while (a < end && text.charCodeAt(a) === DOT) a++;
  return end - a >= 2 ? a : -1;
}

interface Found {
  start: number;
  /** Where the level word starts. */
  nameEnd: number;
  end: number;
  level: 'foreign' | 'village';
}

/** The unlisted places of `text` (folded to Simplified), sorted by start, overlapping none another. */
function unlistedSites(text: string, words: WordPairs): Found[] {
  const out: Found[] = [];
  const n = text.length;
  for (let i = 2; i < n; i++) {
    const c = text.charCodeAt(i);
    const level = LEVEL[c]!;
    // Most characters are no level word: nothing more is asked there.
    if (level === 0) continue;
    let found: Found | null = null;
    if ((level & FOREIGN_LEVEL) !== 0 && standsAlone(text, i, words)) {
      const two = c === 0x533a && text.charCodeAt(i - 1) === DA; // 大区
      const a = translitStart(text, two ? i - 1 : i, words);
      if (a >= 0) found = { start: a, nameEnd: two ? i - 1 : i, end: i + 1, level: 'foreign' };
    }
    if (found === null && (level & VILLAGE_LEVEL) !== 0 && standsAlone(text, i, words) && !words.has(text.charCodeAt(i - 1), c)) {
      for (let len = 2; len <= 3 && found === null; len++) {
        const a = i - len;
        if (a < 0 || (a > 0 && !PLACE_WORD.has(text[a - 1]!))) continue;
        let name = true;
        for (let k = a; k < i; k++) if (!isCjk(text.charCodeAt(k)) || NOT_IN_NAME.has(text[k]!)) name = false;
        // A name is no common word of its own (通过|村委会).
        if (name && !(len === 2 && words.has(text.charCodeAt(a), text.charCodeAt(a + 1)))) found = { start: a, nameEnd: i, end: i + 1, level: 'village' };
      }
    }
    // A place opening an organisation's name is none of its own (溪口镇|党委).
    if (found !== null && !opensOrganisation(text, found.end, words)) {
      while (out.length > 0 && out[out.length - 1]!.end > found.start) out.pop();
      out.push(found);
    }
  }
  return out;
}

/**
 * The spans with the unlisted places of `text` added. A foreign division takes the place of the spans inside it
 * unless one of China's divisions opens it (克拉玛依|市: the name is China's, not a transliteration); a village gives way to any span it overlaps.
 */
export function withUnlisted(spans: PlaceSpan[], text: string, source: string, words: WordPairs): PlaceSpan[] {
  const sites = unlistedSites(text, words);
  if (sites.length === 0) return spans;
  let out = spans;
  for (const t of sites) {
    // A place abroad the rules found, ending where the level word starts and opening before the characters read
    // back (布宜诺斯艾利斯|省: 宜 is no transliteration character of the table), opens the division.
    if (t.level === 'foreign') for (const s of out) if (s.start < t.start && s.end === t.nameEnd && (s.code === null || !/^\d{6}/.test(s.code))) t.start = s.start;
    const inside: PlaceSpan[] = [];
    let blocked = false;
    for (const s of out) {
      if (s.end <= t.start || s.start >= t.end) continue;
      if (t.level === 'village' || s.start < t.start || s.end > t.end || (s.start === t.start && s.code !== null && /^\d{6}/.test(s.code))) blocked = true;
      else inside.push(s);
    }
    if (blocked) continue;
    const name = source.slice(t.start, t.end);
    // A foreign place the rules found right before the level word keeps its entry (布宜诺斯艾利斯|省).
    const own = inside.length === 1 && inside[0]!.start === t.start && inside[0]!.level !== 'feature' ? inside[0]! : null;
    const span: PlaceSpan = own
      ? { text: name, name: own.name, level: own.level, code: own.code, start: t.start, end: t.end }
      : { text: name, name, level: t.level === 'village' && text[t.end - 1] !== '村' ? 'township' : 'feature', code: null, start: t.start, end: t.end };
    out = [...out.filter((s) => !inside.includes(s)), span].sort((a, b) => a.start - b.start);
  }
  return out;
}
