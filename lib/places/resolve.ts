// Deciding whether a matched surface form is a place here, and which gazetteer entry it names.
//
// Precision rules (a highlight must nearly always be right):
// - Full names are places (2-character ones like 城区 or 郊区 only after their parent: 阳泉市城区).
// - Province short forms are places (河南, 四川); other short forms that jieba's dictionary knows as common words
//   (the resource's stop-list) need a dateline, their parent just before them, or an earlier unambiguous mention.
// - A short form shared by several prefectures/counties (兴安: a league, a county, a district) is only accepted
//   when the page names that very entry, its parent precedes it, or it is the dateline place.
// - Two-character county short forms need support: their prefecture named on the page or just before them.
// - A two-character area below a district (旺角, 中环, 氹仔: Hong Kong's and Macau's) needs a local story: the page
//   names a place inside its province below the province itself (a district, 九龙, another area), or names the
//   province (香港) in a text written in Traditional, or the area follows its district or is the dateline place.
// - Township short forms are matched only as border ports (甘其毛都口岸, and lists ending in 口岸), after their
//   county, or when the page already named them so.
// - Organisations: a place that opens a university name (北京大学) is part of that name and not marked here;
//   places inside other organisation names are proposed, and organisation.ts, after the tagger, drops those that
//   open the name (锡林郭勒职业学院, 中国共产党) and keeps those deeper in it (内蒙古…有限责任公司's 内蒙古 stays when
//   the name runs past its reach).
// - Places abroad (world.ts): a weak alias (德州 for Texas, 奥斯汀, 里加) needs its parent just before it (美国德州)
//   or the page naming its country or area; a name that is also a Chinese division's (德州, 泗水; township
//   short forms such as 柏林 of 柏林镇 do not count) goes to the Chinese division unless the parent precedes it,
//   the page names that very place or a place inside it (得克萨斯州, 休斯敦), or the page names its country and
//   nothing around the Chinese one. A two-character foreign name is not taken when a
//   longer country, province or city name starts inside it (达卡塔尔 is 卡塔尔).
import type { PlaceLevel, PlaceSpan } from '../types';
import type { PlaceContext } from './context';
import { walkTrie, type Gazetteer, type PlaceEntry, type SurfaceForm } from './gazetteer';

export interface MatchSite {
  text: string;
  start: number;
  end: number;
  /** The span ending exactly at `start`, if any (a parent in a chain like 鄂尔多斯市准格尔旗). */
  prev: PlaceSpan | null;
  /** The gazetteer entry `prev` was resolved to (-1: none, or a township missing from the tables). */
  prevEntry: number;
  /** The match is exactly the dateline's place. */
  dateline: boolean;
  /** Where the text's last 口岸 starts (-1: none; -2: not looked up yet): no border port is named after it. */
  lastPort: number;
  /** The trie node the match [start, end) ends at. */
  node: number;
  /** The text or its page is written in Traditional characters (the fold to Simplified changes it). */
  traditional: boolean;
}

export interface Chosen {
  /** The gazetteer entry, or -1 for a township missing from the tables. */
  entry: number;
  name: string;
  level: PlaceLevel;
  code: string | null;
}

/** Suffix character + next character that form a common word: the suffix is not a suffix (河南乡村 → 河南). */
const SUFFIX_WORDS = new Set([
  '市场', '市值', '市民', '市容', '市面', '乡村', '乡镇', '乡亲', '乡土', '乡愁', '乡贤', '区域', '区间', '区别', '区分',
  '区块', '旗帜', '旗舰', '旗下', '旗袍', '旗手', '盟友', '盟约', '镇压', '镇定', '州长', '县域', '镇域',
]);
/** Next characters that show a directional region is a direction (西北风, 东北部). */
const DIRECTION_NEXT = '风部方侧角向边面端';
const ENUM_SEPARATORS = '、和及与';
const CLAUSE_END = '，。；：,;:！？!?\n';
const PORT_LOOKAHEAD = 12;

const LEVEL_RANK: Record<PlaceLevel, number> = {
  province: 60, country: 55, prefecture: 50, region: 45, city: 45, county: 40, feature: 35, township: 30,
};

function isAncestor(g: Gazetteer, ancestor: number, entry: number): boolean {
  for (let e = g.parentOf(entry); e >= 0; e = g.parentOf(e)) if (e === ancestor) return true;
  return false;
}

/** Whether the previous span names an ancestor of `entry` (鄂尔多斯市|准格尔旗, 乌审旗|河南乡). */
function prevIsAncestor(g: Gazetteer, site: MatchSite, entry: number): boolean {
  return site.prevEntry >= 0 && isAncestor(g, site.prevEntry, entry);
}


/** The longest surface form starting at `i`, as its end, or -1. */
function longestFormEnd(g: Gazetteer, text: string, i: number): number {
  let best = -1;
  walkTrie(g, text, i, (end) => {
    best = end;
  });
  return best;
}

/** Whether the name at [start, end) is a border port: 甘其毛都口岸, or 甘其毛都、策克、满都拉三大口岸. */
export function isPortMention(g: Gazetteer, text: string, end: number): boolean {
  let j = end;
  for (let guard = 0; guard < 8; guard++) {
    if (isPortAt(text, j)) return true;
    if (ENUM_SEPARATOR_CODES.has(text.charCodeAt(j))) {
      const next = longestFormEnd(g, text, j + 1);
      if (next < 0) return false;
      j = next;
      continue;
    }
    break;
  }
  // After the list: 三大对蒙重点口岸 — 口岸 within a few characters, inside the clause.
  for (let k = j; k < Math.min(text.length, j + PORT_LOOKAHEAD); k++) {
    if (CLAUSE_END_CODES.has(text.charCodeAt(k))) return false;
    if (isPortAt(text, k)) return true;
  }
  return false;
}

/** 口岸 at `k` (by character codes: this runs for every township short form). */
function isPortAt(text: string, k: number): boolean {
  return text.charCodeAt(k) === 0x53e3 && text.charCodeAt(k + 1) === 0x5cb8;
}
const ENUM_SEPARATOR_CODES = new Set(Array.from(ENUM_SEPARATORS, (c) => c.charCodeAt(0)));
const CLAUSE_END_CODES = new Set(Array.from(CLAUSE_END, (c) => c.charCodeAt(0)));

/** Whether a full country, province or city name starts at `from` and runs past `end` (达卡|塔尔 → 卡塔尔). */
function overlapsStrongName(g: Gazetteer, text: string, from: number, end: number): boolean {
  let found = false;
  walkTrie(g, text, from, (e, forms) => {
    if (e > end && forms.some((f) => f.full && STRONG_LEVELS.has(g.levelOf(f.entry)))) found = true;
  });
  return found;
}
const STRONG_LEVELS = new Set<PlaceLevel>(['country', 'province', 'city', 'prefecture']);

/** The entries directly under a top-level entry (a province's prefectures, Hong Kong's 香港岛/九龙/新界), on first ask. */
const childrenOf = new WeakMap<Gazetteer, Map<number, number[]>>();

function topChildren(g: Gazetteer, top: number): number[] {
  let byTop = childrenOf.get(g);
  if (!byTop) childrenOf.set(g, (byTop = new Map()));
  let list = byTop.get(top);
  if (!list) {
    list = [];
    for (let e = 0; e < g.size; e++) if (g.parentOf(e) === top) list.push(e);
    byTop.set(top, list);
  }
  return list;
}

/**
 * Whether the page names a place inside the entry's province below the province itself (a district, a region or
 * another area of Hong Kong for 旺角): the story is a local one there, where a two-character area name (中环, 北角)
 * is the place and not part of a word (东北角, 上海的中环线). Naming the province alone (香港) is enough only on a
 * page or in a text written in Traditional, as Hong Kong's and Macau's papers are; a mainland story names 香港 far
 * more often.
 */
function localArea(g: Gazetteer, site: MatchSite, entry: number, ctx: PlaceContext): boolean {
  let top = entry;
  for (let p = g.parentOf(top); p >= 0 && g.levelOf(p) !== 'country'; p = g.parentOf(p)) top = p;
  if (top === entry) return false;
  if (site.traditional && ctx.areas.has(top) && !areaInWord(g, site)) return true;
  for (const c of topChildren(g, top)) if (ctx.areas.has(c)) return true;
  return false;
}

/** Characters after a two-character area that make it part of another name: a ring road (中环线), an award (金钟奖). */
const NOT_AFTER_AREA = new Set(Array.from('线奖', (c) => c.charCodeAt(0)));

/** Whether the area at the site is part of a longer word: another name ends inside it (东北|角) or 线/奖 follows. */
function areaInWord(g: Gazetteer, site: MatchSite): boolean {
  if (NOT_AFTER_AREA.has(site.text.charCodeAt(site.end))) return true;
  if (site.start < 1) return false;
  let inside = false;
  walkTrie(g, site.text, site.start - 1, (end) => {
    if (end > site.start) inside = true;
  });
  return inside;
}

/** Whether the page context names an ancestor of `entry` (its state or country). */
function ancestorInContext(g: Gazetteer, entry: number, ctx: PlaceContext): boolean {
  for (let e = g.parentOf(entry); e >= 0; e = g.parentOf(e)) if (ctx.areas.has(e)) return true;
  return false;
}

/** Rules for places abroad and weak city aliases; -1 rejects, otherwise a bonus to the base score. */
function worldScore(g: Gazetteer, site: MatchSite, form: SurfaceForm, ctx: PlaceContext, rival: SurfaceForm | null, parentBefore: boolean): number {
  const surface = site.end - site.start;
  if (surface === 2 && overlapsStrongName(g, site.text, site.start + 1, site.end)) return -1;
  const here = ctx.mentioned.has(form.entry) || ctx.areas.has(form.entry);
  if (rival) {
    const rivalBacked = prevIsAncestor(g, site, rival.entry) || ctx.areas.has(g.parentOf(rival.entry));
    if (parentBefore || here) return 20;
    if (ancestorInContext(g, form.entry, ctx) && !rivalBacked) return 20;
    return -1;
  }
  if (!form.full && !parentBefore && !here && !ancestorInContext(g, form.entry, ctx)) return -1;
  return 0;
}

/** What score() reads about the match site itself: the same for every candidate entry, so worked out once. */
interface SiteFacts {
  /** The match's length in UTF-16 units. */
  length: number;
  /** The code of the match's first character. */
  first: number;
  /** The code of the character after the match (NaN at the end of the text). */
  next: number;
  /** The last character and the next one form a common word (市场): a full name is not one here. */
  suffixWord: boolean;
  /** The surface is a common word (the stop-list); -1 until a candidate asks. */
  stopped: -1 | 0 | 1;
  /** The match names a border port (isPortMention); -1 until a township candidate asks. */
  port: -1 | 0 | 1;
}

/** SUFFIX_WORDS by character codes: last character → next characters (no strings cut per match site). */
const SUFFIX_PAIRS = new Map<number, Set<number>>();
for (const w of SUFFIX_WORDS) {
  const last = w.charCodeAt(0);
  const set = SUFFIX_PAIRS.get(last) ?? new Set<number>();
  set.add(w.charCodeAt(1));
  SUFFIX_PAIRS.set(last, set);
}
const codes = (chars: string) => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
const DIRECTION_NEXT_CODES = codes(DIRECTION_NEXT);
const LANGUAGE_NEXT_CODES = codes('族语');
const DIRECTION_FIRST_CODES = codes('东西南北中');
/** Regions whose name is also a common noun of the kind it names. */
const COMMON_NOUN_REGIONS = new Set(['海湾']);

function siteFacts(site: MatchSite, facts: SiteFacts): void {
  const text = site.text;
  facts.length = site.end - site.start;
  facts.first = text.charCodeAt(site.start);
  facts.next = text.charCodeAt(site.end);
  facts.suffixWord = SUFFIX_PAIRS.get(text.charCodeAt(site.end - 1))?.has(facts.next) ?? false;
  facts.stopped = -1;
  facts.port = -1;
}

function isPort(g: Gazetteer, site: MatchSite, facts: SiteFacts): boolean {
  if (facts.port < 0) {
    // Looked up once per text, and only when a township short form asks: most texts have none.
    if (site.lastPort === -2) site.lastPort = site.text.lastIndexOf('口岸');
    facts.port = site.end <= site.lastPort && isPortMention(g, site.text, site.end) ? 1 : 0;
  }
  return facts.port === 1;
}

function isStopped(g: Gazetteer, site: MatchSite, facts: SiteFacts): boolean {
  if (facts.stopped < 0) facts.stopped = g.stopAt(site.node) ? 1 : 0;
  return facts.stopped === 1;
}

/** Strong support: the dateline's place, its parent just before it, or named on the page (asked last, lazily). */
function isStrong(site: MatchSite, parentBefore: boolean, ctx: PlaceContext, entry: number): boolean {
  return site.dateline || parentBefore || ctx.mentioned.has(entry);
}

/**
 * The score of one candidate entry, -1 when it is no place here, without the page-context bonus (contextBonus):
 * that bonus only ranks accepted candidates, and leaving it out lets the page context be asked only what can
 * change the outcome, so that scanPlaces can keep a first-pass result (scan.ts).
 */
function score(g: Gazetteer, site: MatchSite, facts: SiteFacts, form: SurfaceForm, ctx: PlaceContext, ambiguous: boolean, rival: SurfaceForm | null): number {
  // Level and parent from the gazetteer's arrays: scoring makes no entry objects.
  const level = g.levelOf(form.entry);
  const parent = g.parentOf(form.entry);
  const length = facts.length;
  const parentBefore = prevIsAncestor(g, site, form.entry);

  // 旗舰, 市场: the last character starts a word with the next one, whether the form is a full name or an
  // abbreviation ending in a suffix (准旗 in 标准旗舰店).
  if (facts.suffixWord) return -1;
  if (level === 'country' && LANGUAGE_NEXT_CODES.has(facts.next)) return -1;
  if ((level === 'region' || level === 'feature') && length === 2 && DIRECTION_NEXT_CODES.has(facts.next)) return -1;

  // 锡林郭勒盟东部地区: a directional region right after a place is a part of that place, not China's east.
  if (level === 'region' && site.prev && DIRECTION_FIRST_CODES.has(facts.first)) return -1;
  // 阿拉斯加海湾: a region named by a common noun (海湾, the Gulf) right after a place is that place's feature.
  if (level === 'region' && site.prev && COMMON_NOUN_REGIONS.has(site.text.slice(site.start, site.end))) return -1;
  let base = LEVEL_RANK[level];
  if (level === 'city' || (level === 'province' && g.foreignOf(form.entry))) {
    const bonus = worldScore(g, site, form, ctx, rival, parentBefore);
    if (bonus < 0) return -1;
    base += bonus;
  }
  switch (level) {
    case 'province':
      break;
    case 'prefecture':
      if (!form.full && (isStopped(g, site, facts) || ambiguous) && !isStrong(site, parentBefore, ctx, form.entry)) return -1;
      break;
    case 'county':
      if (form.full) {
        // 范县 inside 示范县: a one-character stem is too easily part of another word.
        if (length < 3 && (isStopped(g, site, facts) ? !parentBefore : !isStrong(site, parentBefore, ctx, form.entry) && !ctx.areas.has(parent))) return -1;
      } else {
        if ((isStopped(g, site, facts) || ambiguous) && !isStrong(site, parentBefore, ctx, form.entry)) return -1;
        if (length < 3 && !isStrong(site, parentBefore, ctx, form.entry) && !ctx.areas.has(parent)) return -1;
      }
      break;
    case 'township':
      if (form.full) {
        if (isStopped(g, site, facts) && !parentBefore) return -1;
        // 旺角, 中环, 氹仔: a two-character area needs its story to be local (localArea) or stronger support.
        if (length < 3 && !isStrong(site, parentBefore, ctx, form.entry) && !localArea(g, site, form.entry, ctx)) return -1;
      } else if (isStopped(g, site, facts) || !(parentBefore || isPort(g, site, facts) || ctx.mentioned.has(form.entry))) {
        return -1;
      }
      break;
    default:
      break;
  }
  if (site.dateline) base += 20;
  if (parentBefore) base += 30;
  return base;
}

/** Ranking among accepted candidates: the page names the entry itself, or else its parent. */
function contextBonus(g: Gazetteer, form: SurfaceForm, ctx: PlaceContext): number {
  if (ctx.mentioned.has(form.entry)) return 15;
  return ctx.areas.has(g.parentOf(form.entry)) ? 10 : 0;
}

/** Scores of the current site's candidates, reused from call to call. */
const scores: number[] = [];

const facts: SiteFacts = { length: 0, first: 0, next: 0, suffixWord: false, stopped: -1, port: -1 };

/** Chooses the entry a surface form names at this site, or null when it is not a place here. */
export function chooseEntry(g: Gazetteer, site: MatchSite, forms: SurfaceForm[], ctx: PlaceContext): Chosen | null {
  // A place opening a university's name (北京大学) is part of that name, whichever entry it would be.
  if (site.text.charCodeAt(site.end) === 0x5927 && site.text.charCodeAt(site.end + 1) === 0x5b66) return null;
  siteFacts(site, facts);
  // Ambiguity among prefectures/counties sharing a short form (provinces and townships are ranked apart).
  let nonTop = 0;
  // A Chinese division sharing the form with places abroad (德州: 山东's prefecture and Texas).
  let domestic: SurfaceForm | null = null;
  let abroad = false;
  for (const f of forms) {
    const lv = g.levelOf(f.entry);
    if (lv === 'prefecture' || lv === 'county') nonTop++;
    // Township short forms (柏林镇 → 柏林) need their county anyway and do not compete with Berlin.
    if (forms.length > 1) {
      if (g.foreignOf(f.entry)) abroad = true;
      else if (f.full || lv !== 'township') domestic ??= f;
    }
  }
  const rival = abroad ? domestic : null;
  let accepted = 0;
  for (let k = 0; k < forms.length; k++) {
    const f = forms[k]!;
    scores[k] = score(g, site, facts, f, ctx, nonTop > 1, rival !== null && rival !== f && g.foreignOf(f.entry) ? rival : null);
    if (scores[k]! >= 0) accepted++;
  }
  if (accepted === 0) return null;
  let best: SurfaceForm | null = null;
  let bestScore = -1;
  let tie = false;
  for (let k = 0; k < forms.length; k++) {
    const f = forms[k]!;
    let s = scores[k]!;
    // A lone accepted candidate needs no ranking.
    if (s >= 0 && accepted > 1) s += contextBonus(g, f, ctx);
    if (s > bestScore) {
      best = f;
      bestScore = s;
      tie = false;
    } else if (s === bestScore && s >= 0) tie = true;
  }
  if (!best || bestScore < 0) return null;
  const e: PlaceEntry = g.entry(best.entry);
  const prevCounty = site.prev && site.prev.level === 'county' ? site.prev : null;
  // A township name after a county that is not its parent (乌审旗河南乡, data renamed or merged): the township
  // of that county, unlisted; likewise when equally plausible townships tie.
  if (e.level === 'township' && (tie || (prevCounty && !prevIsAncestor(g, site, best.entry)))) {
    return { entry: -1, name: site.text.slice(site.start, site.end), level: 'township', code: null };
  }
  return { entry: best.entry, name: e.name, level: e.level, code: e.code };
}
