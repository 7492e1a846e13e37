// One-character abbreviations of countries and provinces where the sentence's grammar says they are places:
//   - a compound of two or more over a word of relation: 中美关系, 日俄首脑会晤, 印巴两国, 京津冀协同, 港澳台同胞;
//   - an enumeration closed by a count of countries or places: 美、日、德、意等国, 京、津、沪三地;
//   - after a verb of going or being somewhere, or 对 (towards): 访华, 来华投资, 驻华使馆, 在京召开, 赴美, 对俄贷款;
//   - before a side, an army or an office: 中方, 美军, 俄总统, 日首相, 美籍.
// The tagger reads few of them (a lone character is weak evidence, and 港 of 港铁 is no place); these contexts
// are grammar, not lexicon. A character is never taken where it opens a longer name (美国, 华盛顿, 法兰西), where
// it forms a common word with its neighbour (日常, 美元, 法律, 其中, 可以), or inside another span.
import type { Gazetteer } from './gazetteer';
import { wordBounds } from './model/word-bounds';
import { opensOrganisation } from './organisation';
import { wordAt } from './word-at';
import type { WordPairs } from './model/words';

// Groups as bits: a compound's characters share one (中美, 京津冀; 澳 is Australia in 中澳 and Macau in 港澳).
const COUNTRY = 1;
const PROVINCE = 2;
/** 华 (China) only after a verb of place: 华人, 华北 and 中华 are other words. */
const ONLY_AFTER_VERB = 4;
/** Countries that share their character with others (巴: Pakistan, Palestine, Brazil; 伊: Iran, Iraq): only in compounds. */
const SHARED = 8;
/** The groups of every UTF-16 unit; 0 for the rest. */
const GROUP = new Uint8Array(0x10000);
for (const c of '中美日俄英法德韩朝越泰意加墨埃以印菲荷瑞葡缅叙柬匈捷波丹挪芬希') GROUP[c.charCodeAt(0)] = COUNTRY;
for (const c of '京津冀晋辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青港台') GROUP[c.charCodeAt(0)] = PROVINCE;
for (const c of '巴伊尼斯塞保欧') GROUP[c.charCodeAt(0)] = COUNTRY | SHARED;
GROUP['澳'.charCodeAt(0)] = COUNTRY | PROVINCE | SHARED;
GROUP['华'.charCodeAt(0)] = ONLY_AFTER_VERB;

/** Countries whose characters make a compound with no word of relation after it (中美|加强合作): not 以, 意, 巴, 朝 (介词, 意思, 巴士, 朝日). */
const LOOSE = '中美日俄英法德韩印';
/** Words after a compound of abbreviations that make it one of places (中美|关系). */
const RELATION = [
  '关系', '两国', '三国', '四国', '五国', '六国', '七国', '八国', '双方', '三方', '之间', '合作', '会谈', '会晤', '谈判',
  '峰会', '首脑', '贸易', '经贸', '边界', '边境', '战争', '冲突', '对话', '联合', '友好', '建交', '协议', '条约', '磋商',
  '交流', '争端', '矛盾', '军演', '直航', '高速', '铁路', '公路', '航线', '地区', '三地', '两地', '三省', '两省', '一体化',
  '协同', '特使', '外长', '元首', '领导人', '同胞', '居民', '高原', '共同', '和平', '伙伴', '联动', '安全', '双边', '边防',
  '发展', '当局', '足球', '友谊', '间',
];
/** Closers of an enumeration of single abbreviations (美、日、德|等国). */
const ENUM_CLOSE = ['等国', '等地', '等省', '两国', '三国', '四国', '五国', '六国', '七国', '八国', '三地', '四地', '三省', '诸国', '各国'];
/** After 等, what makes an enumeration's close a count (美、英、法等20多个国家, 中、美、日等近10个). */
const COUNT_NEXT = '0123456789近多几数一二三四五六七八九十';
/** Verbs of going or being somewhere, and 对 (towards), with the abbreviations they take (访|华). */
const BEFORE = new Map<number, string>(
  Object.entries({
    访: '华美日俄英法德韩朝越泰意印', 来: '华京沪港', 赴: '华美日俄英法德韩港台京沪', 驻: '华美日俄英法德韩朝越泰意印港',
    旅: '美日英法德加', 离: '华京', 抵: '华京沪港', 援: '华', 侵: '华', 在: '华京沪港美', 进: '京', 回: '京沪港', 返: '京沪港',
    对: '华美日俄英法德韩朝印越', 反: '华美日', 留: '美日英法德俄',
  }).map(([verb, abbr]) => [verb.charCodeAt(0), abbr]),
);
/** Continents (and America) as one word of their first characters. */
const CONTINENT_COMPOUNDS = ['欧美', '亚欧', '欧亚', '亚非拉', '亚非'];
/** 1 at the first units of CONTINENT_COMPOUNDS: the scan asks at every character, and most open none. */
const CONTINENT_FIRST = new Uint8Array(0x10000);
for (const w of CONTINENT_COMPOUNDS) CONTINENT_FIRST[w.charCodeAt(0)] = 1;
/** Characters after an abbreviation that make a people of its place: 华|侨, 华|人, 华|裔, 港|人, 台|胞, 藏|胞. */
const DEMONYMS = new Map<number, string>(Object.entries({ 华: '侨人裔', 港: '人', 台: '胞', 藏: '胞' }).map(([c, after]) => [c.charCodeAt(0), after]));
/** Words after a country's abbreviation that make it the country (中|方, 美|军, 俄|总统). */
const AFTER = ['方', '军', '总统', '总理', '首相', '外长', '政府', '当局', '议会', '国会', '国防部', '外交部', '籍'];
/** Provinces whose character opens a part of them with a direction (陕|北, 川|西, 苏|南, 皖|南, 湘|西): the province is
 * the place, as the labelled news of People's Daily marks it. Not the cities (京东, 沪西) nor 黑, 吉, 青, 甘, whose
 * characters open other words. */
const REGION_OF = new Uint8Array(0x10000);
for (const c of '冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕') REGION_OF[c.charCodeAt(0)] = 1;
const DIRECTION = '东西南北';
const AFTER_FIRST = new Set(AFTER.map((w) => w.charCodeAt(0)));
const ENUM_MARK = '、'.charCodeAt(0);
const SIDE = '方'.charCodeAt(0);

export interface AbbreviationSite {
  start: number;
  end: number;
}


/** The state of one text's scan and its questions, as methods: no closures made per text. */
class SiteScan {
  readonly out: AbbreviationSite[] = [];
  private bounds: Uint8Array | null = null;
  private t = 0;
  constructor(
    private readonly text: string,
    private readonly words: WordPairs,
    private readonly taken: readonly { start: number; end: number }[],
  ) {}
  /** Whether position i lies in a span of `taken` (asked with i increasing). */
  covered(i: number): boolean {
    const taken = this.taken;
    while (this.t < taken.length && taken[this.t]!.end <= i) this.t++;
    return this.t < taken.length && taken[this.t]!.start <= i;
  }
  /** Whether position i is exactly a one-character span of `taken` (韩 of 中韩|两国): a compound may run through it. */
  single(i: number): boolean {
    for (const s of this.taken) if (s.start === i) return s.end === i + 1;
    return false;
  }
  pair(i: number): boolean {
    const text = this.text;
    return i >= 0 && i + 1 < text.length && this.words.has(text.charCodeAt(i), text.charCodeAt(i + 1));
  }
  take(i: number): void {
    const out = this.out;
    if (out.length === 0 || out[out.length - 1]!.start < i) out.push({ start: i, end: i + 1 });
  }
  /** The text's word bounds, segmented on first need. */
  wordBounds(): Uint8Array {
    return (this.bounds ??= wordBounds(this.text));
  }
  /**
   * A compound of countries that is no word of its own (中美, 日俄; not 美中不足, 中意) standing as a word of the
   * sentence: 中美|加强合作, 日俄|和约.
   */
  looseCompound(i: number, j: number): boolean {
    const text = this.text;
    for (let k = i; k < j; k++) if (!LOOSE.includes(text[k]!)) return false;
    for (let k = i; k + 1 < j; k++) if (this.pair(k)) return false;
    if (opensOrganisation(text, j, this.words)) return false;
    if (this.pair(j - 1)) return false;
    const bounds = this.wordBounds();
    return bounds[i] === 1 && bounds[j] === 1;
  }
}

/**
 * One-character place abbreviations of `text` (folded to Simplified) in the contexts above, as [start, end)
 * sites, sorted; none overlaps a span of `taken` (sorted by start).
 */
export function abbreviationSites(text: string, g: Gazetteer, words: WordPairs, taken: readonly { start: number; end: number }[]): AbbreviationSite[] {
  const scan = new SiteScan(text, words, taken);
  const out = scan.out;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const group = GROUP[code]!;
    // Most characters are neither an abbreviation nor a continent's (asking covered() later gives the same answers).
    if (group === 0 && CONTINENT_FIRST[code] === 0) continue;
    if (scan.covered(i) && !scan.single(i)) continue;
    // Continents joined into one word (欧美, 亚欧, 亚非): each character is its continent.
    const continents = CONTINENT_FIRST[code] === 1 ? wordAt(text, i, CONTINENT_COMPOUNDS) : 0;
    if (continents > 0 && !scan.pair(i - 1) && !scan.covered(i + continents - 1)) {
      for (let k = i; k < i + continents; k++) scan.take(k);
      i += continents - 1;
      continue;
    }
    if (group === 0) continue;
    if ((group & (COUNTRY | PROVINCE)) !== 0) {
      // A compound: a run sharing a group, each character distinct, over a word of relation.
      let shared = group & (COUNTRY | PROVINCE);
      let j = i + 1;
      while (j < n && (GROUP[text.charCodeAt(j)]! & shared) !== 0 && (!scan.covered(j) || scan.single(j)) && text.lastIndexOf(text[j]!, j - 1) < i) shared &= GROUP[text.charCodeAt(j++)]!;
      if (j - i >= 2 && !scan.pair(i - 1) && (wordAt(text, j, RELATION) > 0 || scan.looseCompound(i, j)) && !opensName(g, text, i, j)) {
        for (let k = i; k < j; k++) scan.take(k);
        i = j - 1;
        continue;
      }
      // An enumeration: X、Y(、Z)… closed by a count.
      let k = i;
      while (text.charCodeAt(k + 1) === ENUM_MARK && GROUP[text.charCodeAt(k + 2)] === group && !scan.covered(k + 2)) k += 2;
      if ((group & SHARED) !== 0) continue;
      if (k > i && !scan.pair(i - 1) && (wordAt(text, k + 1, ENUM_CLOSE) > 0 || (text[k + 1] === '等' && COUNT_NEXT.includes(text[k + 2] ?? '')))) {
        for (let m = i; m <= k; m += 2) scan.take(m);
        i = k;
        continue;
      }
    }
    // A province's part by its direction (陕北|高原, 川西, 苏南|模式): neither a name of the gazetteer (陕西, 鲁西亚努 is
    // no name but opens one) nor a direction opening a common word (苏|东坡).
    if (REGION_OF[code] === 1 && DIRECTION.includes(text[i + 1] ?? '') && !scan.pair(i - 1) && !scan.pair(i + 1) && !scan.covered(i + 1) && !opensName(g, text, i)) {
      scan.take(i);
      i++;
      continue;
    }
    // A people named by their place (华侨, 华人, 港人, 台胞, 藏胞): the character is the place, opening no longer word
    // (中华|人民 is covered by its span; 中华人 pairs 中华).
    const people = DEMONYMS.get(code);
    if (people !== undefined && people.includes(text[i + 1] ?? '') && !scan.pair(i - 1) && !opensOrganisation(text, i + 1, words)) {
      scan.take(i);
      continue;
    }
    // After a verb of place or 对, opening no word of the platform's segmenter (访华|期间, 驻华大使, 在京|召开; not
    // 在|日常, 对|法律, 在|华盛顿; a name the rules took is covered already).
    const before = i > 0 ? BEFORE.get(text.charCodeAt(i - 1)) : undefined;
    if (before !== undefined && before.includes(text[i]!)) {
      const bounds = scan.wordBounds();
      if (bounds[i] === 0 || bounds[i + 1] === 1) scan.take(i);
      continue;
    }
    // Before a side, an army or an office, starting a word (美方|表示; not 来日方长, 其中|方法). A name spelt by
    // the two (中方, a county's short form) does not stand in the way; a longer one does (美国, 法兰西).
    if (group !== COUNTRY || i + 1 >= n || !AFTER_FIRST.has(text.charCodeAt(i + 1))) continue;
    const after = wordAt(text, i + 1, AFTER);
    if (after === 0 || scan.pair(i - 1) || opensName(g, text, i, i + 1 + after)) continue;
    if (text.charCodeAt(i + 1) === SIDE && after === 1 && scan.pair(i + 1)) continue;
    const bounds = scan.wordBounds();
    if (bounds[i] === 1) scan.take(i);
  }
  return out;
}

/** Whether a gazetteer name of two or more characters starts at i (美国, 华盛顿, 法兰西), other than text[i, except). */
function opensName(g: Gazetteer, text: string, i: number, except = -1): boolean {
  let node = 0;
  for (let j = i; j < text.length; j++) {
    const w = g.trie.step(node, text.charCodeAt(j));
    if (w < 0) return false;
    node = w >> 1;
    if ((w & 1) === 1 && j > i && j + 1 !== except) return true;
  }
  return false;
}
