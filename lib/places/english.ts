// English place names: capitalised word sequences (Inner Mongolia, United States of America, U.S., São Paulo)
// looked up in the gazetteer's English map; lowercase words never match, so "china" (porcelain) is not a place.
//
// Rules, in the order they are applied:
// - A wire dateline in capitals (WASHINGTON (Reuters) -, NEW YORK, May 3 —) is a place when its title-cased
//   form is in the gazetteer.
// - "-based", "-born", "-headquartered" after a name keep the name (the Austin, Texas-based company) and are
//   evidence that it is a place; a possessive 's is not part of the name (Ukraine's).
// - A name followed by a newspaper, club or institution word (New York Times, Washington Post, Manchester
//   United, Peking University) or by a capitalised plural (Philadelphia Eagles, Tokyo Olympics), or after a
//   club word (Bayern Munich, Real Madrid) is part of a name of something else and not marked.
// - Guarded names (GUARDED: person names and common words such as Jordan, Georgia, Victoria, Austin, Nice,
//   Reading) are marked only with evidence: a "City, State" pair (Atlanta, Georgia; Austin, Texas), a locative
//   word before them (in, near, across …, "state of"), a "-based" suffix, or a page that already names a place
//   in their area (the context). Next to another capitalised word that is not a place (Michael Jordan, Queen
//   Victoria, Lloyd Austin) they are never marked.
// - Washington is the US capital (level "city"): also as the metonym for the US government ("Washington
//   said"), as news readers take it; "Washington state", "state of Washington" and "Seattle, Washington" are
//   the state. Next to a capitalised non-place word (George Washington, Washington Post) it is not a place.
// - Among several entries for one name: the one a "City, State" pair points to, then a state when "state"
//   is next to it, then one whose area the page names, then country before city before state (Georgia the
//   country, New York the city).
import type { PlaceLevel, PlaceSpan } from '../types';
import type { PlaceContext } from './context';
import { EMPTY_CONTEXT } from './context';
import type { Gazetteer } from './gazetteer';

const TOKEN = /(?:\p{Lu}\.){2,}|(?:St|Ste|Mt|Ft)\.|\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
const UPPER = /^\p{Lu}/u;
const CONNECTORS = new Set(['of', 'de', 'and', 'the', 'es', 'on']);
/** Hyphenated tails that make the word before them a place: Texas-based, Kyiv-born. */
const PLACE_TAILS = new Set(['based', 'born', 'headquartered', 'bred', 'area']);
/** Names that are as often people or ordinary words: marked only with evidence (see above). */
const GUARDED = new Set([
  'Jordan', 'Chad', 'Georgia', 'Victoria', 'Austin', 'Charlotte', 'Orlando', 'Regina', 'Phoenix', 'Darwin',
  'Adelaide', 'Florence', 'Santiago', 'Nice', 'Buffalo', 'Flint', 'Reno', 'Cleveland', 'Dallas', 'Sofia', 'Medina',
  'Kingston', 'Richmond', 'Albany', 'Halifax', 'Mobile', 'Reading', 'Bath', 'Split', 'Aden', 'Juba', 'Naha',
  'Chita', 'Denver', 'Memphis', 'Savannah', 'Tampa', 'Lincoln', 'Montgomery', 'Jackson', 'Columbus',
]);
/** Names that are places unless a capitalised non-place word touches them (Paris Hilton, Whitney Houston). */
const PERSONISH = new Set(['Washington', 'Sydney', 'Paris', 'Houston', 'Lima', 'Perth', 'Wellington', 'Nelson', 'Hamilton']);
/** Capitalised words before a name that say nothing about it (sentence openers). */
const OPENERS = new Set([
  'the', 'in', 'at', 'to', 'from', 'and', 'but', 'for', 'of', 'on', 'as', 'by', 'with', 'near', 'across', 'outside',
  'inside', 'when', 'while', 'if', 'after', 'before', 'since', 'like', 'both', 'or', 'unlike', 'throughout', 'around',
  'within', 'into', 'meanwhile',
]);
/** Words after a name that make it part of an organisation's name. */
const ORG_TAILS = new Set([
  'Times', 'Post', 'Daily', 'Journal', 'Herald', 'Tribune', 'Chronicle', 'Gazette', 'Observer', 'Telegraph',
  'Examiner', 'Globe', 'Review', 'Stock', 'University', 'College', 'Institute', 'United', 'City', 'FC', 'Rovers',
  'Wanderers', 'Athletic', 'Rangers', 'Lakers', 'Knicks', 'Yankees', 'Mets', 'Nationals', 'Commanders', 'Capitals',
  'Wizards', 'Giants', 'Jets', 'Bulls', 'Cubs', 'Celtics', 'Warriors', 'Rockets', 'Mavericks', 'Cowboys', 'Suns',
]);
/** Words after a name that show it is a place (Georgia Governor Brian Kemp, Kursk Oblast, Ontario Premier). */
const PLACE_NOUNS_AFTER = new Set([
  'Governor', 'Gov', 'Premier', 'Legislature', 'Senate', 'Senator', 'Assembly', 'Police', 'County', 'Province',
  'Oblast', 'Prefecture', 'Region', 'Republicans', 'Democrats', 'Attorney', 'Department', 'province', 'prefecture',
  'region', 'oblast', 'county', 'governor', 'officials', 'police', 'residents', 'authorities', 'state', 'State',
]);
/** Of those, the ones that belong to a first-level subdivision (Georgia Governor: the state, not the country). */
const STATE_NOUNS = new Set([
  'Governor', 'Gov', 'Premier', 'Legislature', 'Senate', 'Senator', 'Assembly', 'Province', 'Oblast', 'Prefecture',
  'province', 'prefecture', 'oblast', 'governor', 'state', 'State',
]);
/** Club words before a city name: Bayern Munich, Real Madrid, Inter Milan (the name is the club's). */
const CLUB_BEFORE = new Set(['Bayern', 'Real', 'Atletico', 'Atlético', 'Inter', 'AC', 'Borussia', 'Olympique', 'Sporting', 'Dynamo', 'Dinamo', 'Spartak', 'CSKA', 'Lokomotiv', 'Shakhtar']);
/** Words right before a guarded name that show it is a place. */
const LOCATIVE = new Set([
  'in', 'near', 'across', 'throughout', 'outside', 'inside', 'around', 'within', 'into', 'at', 'to', 'from',
  'northern', 'southern', 'eastern', 'western', 'central', 'rural', 'upstate', 'downtown', 'visited', 'visit', 'visiting',
]);
/** Nouns before "of" that make the name after it a place: the state of Georgia, the Kingdom of Jordan. */
const OF_NOUNS = /\b(?:state|State|kingdom|Kingdom|republic|Republic|province|city|capital|government|governor|Governor|king|King|queen|border|borders|people|parts|north|south|east|west|coast|outskirts|centre|center)\s+of\s*$/;
const LEVEL_ORDER: Record<PlaceLevel, number> = {
  country: 0, city: 1, province: 2, region: 3, prefecture: 4, county: 5, township: 6, feature: 7,
};

const hyphenCache = new WeakMap<Gazetteer, Set<string>>();
/** Hyphenated words that occur in gazetteer names (Zamyn-Uud, Rhine-Westphalia, Port-au-Prince). */
function hyphenated(g: Gazetteer): Set<string> {
  let set = hyphenCache.get(g);
  if (!set) {
    set = new Set();
    for (const name of g.english.keys()) for (const w of name.split(' ')) if (w.includes('-')) set.add(w);
    hyphenCache.set(g, set);
  }
  return set;
}

interface Candidate {
  /** Index of the name's first token. */
  first: number;
  start: number;
  end: number;
  hits: number[];
  /** Index of the first token after the name. */
  next: number;
  /** A tail such as "-based" followed the name. */
  placeTail: boolean;
}

export interface EnglishMatch {
  span: PlaceSpan;
  entry: number;
  /** The name has several entries and no "City, State" pair settled which (Victoria, New York). */
  ambiguous: boolean;
}

/** English place spans with the gazetteer entry each names. */
export function matchEnglishPlaces(text: string, g: Gazetteer, ctx: PlaceContext = EMPTY_CONTEXT): EnglishMatch[] {
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  const tails: boolean[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let word = m[0];
    let tail = false;
    // Texas-based → Texas (+ evidence); Kremlin-backed → Kremlin; Rostov-on-Don stays whole.
    const dash = word.lastIndexOf('-');
    if (dash > 0 && !UPPER.test(word.slice(dash + 1))) {
      const rest = word.slice(dash + 1);
      if (!/^(?:on|upon|au|de|sur|en|la|le|el)$/.test(rest)) {
        tail = PLACE_TAILS.has(rest.toLowerCase());
        word = word.slice(0, dash);
      }
    }
    // Possessives: Ukraine's, Texas' (Xi'an keeps its apostrophe).
    word = word.replace(/['’]s?$/, '');
    if (word.length === 0) continue;
    // Russia-Ukraine, US-China: hyphenated pairs are separate names unless the gazetteer holds the whole word.
    if (word.includes('-') && !hyphenated(g).has(word)) {
      let at = m.index;
      const parts = word.split('-');
      parts.forEach((part, p) => {
        if (part.length > 0) {
          starts.push(at);
          ends.push(at + part.length);
          words.push(part);
          tails.push(tail && p === parts.length - 1);
        }
        at += part.length + 1;
      });
      continue;
    }
    starts.push(m.index);
    ends.push(m.index + word.length);
    words.push(word);
    tails.push(tail);
  }

  // Pass 1: the longest gazetteer name at each capitalised token, after a wire dateline in capitals.
  const cands: Candidate[] = [];
  let i = 0;
  const dateline = datelinePlace(text, g);
  if (dateline) {
    while (i < words.length && starts[i]! < dateline.end) i++;
    cands.push({ first: 0, start: dateline.start, end: dateline.end, hits: dateline.hits, next: i, placeTail: true });
  }
  while (i < words.length) {
    let matched = 0;
    if (UPPER.test(words[i]!)) {
      for (let n = Math.min(g.englishMaxWords, words.length - i); n >= 1 && !matched; n--) {
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          // Words must be separated by one space and be capitalised, bar connectors (Rio de Janeiro).
          const w = words[i + k]!;
          if (starts[i + k]! !== ends[i + k - 1]! + 1 || text[ends[i + k - 1]!] !== ' ' || tails[i + k - 1]) ok = false;
          if (!UPPER.test(w) && !(CONNECTORS.has(w) && k < n - 1)) ok = false;
        }
        if (!ok) continue;
        const surface = text.slice(starts[i]!, ends[i + n - 1]!);
        const hits = g.english.get(surface);
        if (!hits || hits.length === 0) continue;
        // "US" in an all-capitals headline is the pronoun.
        if (surface === 'US' && /[A-Z]{3,}/.test(text.slice(Math.max(0, starts[i]! - 12), starts[i]!))) continue;
        cands.push({ first: i, start: starts[i]!, end: ends[i + n - 1]!, hits, next: i + n, placeTail: tails[i + n - 1]! });
        matched = n;
      }
    }
    i += matched || 1;
  }

  if (cands.length === 0) return [];
  const commaBetween = (a: Candidate, b: Candidate) => /^, ?$/.test(text.slice(a.end, b.start));

  const out: EnglishMatch[] = [];
  cands.forEach((c, k) => {
    const surface = text.slice(c.start, c.end);
    const first = c.first;
    const prevWord = first > 0 && starts[first]! === ends[first - 1]! + 1 ? words[first - 1]! : null;
    const nextWord = c.next < words.length && starts[c.next]! === c.end + 1 ? words[c.next]! : null;
    const prevCand = k > 0 && commaBetween(cands[k - 1]!, c) ? cands[k - 1]! : null;
    const nextCand = k + 1 < cands.length && commaBetween(c, cands[k + 1]!) ? cands[k + 1]! : null;
    const nextIsPlace = nextCand !== null || (k + 1 < cands.length && cands[k + 1]!.start === c.end + 1);
    const prevIsPlace = prevCand !== null || (k > 0 && cands[k - 1]!.end + 1 === c.start);

    if (nextWord && !c.placeTail && ORG_TAILS.has(nextWord) && !nextIsPlace) return;
    // Team names: a capitalised plural after the name (Philadelphia Eagles, Texas Rangers), a club word before it.
    if (nextWord && !c.placeTail && !nextIsPlace && /^\p{Lu}\p{Ll}+[^s]s$/u.test(nextWord) && !PLACE_NOUNS_AFTER.has(nextWord)) return;
    if (prevWord && CLUB_BEFORE.has(prevWord)) return;
    // A "City, State" pair, either way round.
    let pair = -1;
    if (nextCand) pair = pairHit(g, c, nextCand, true);
    if (pair < 0 && prevCand) pair = pairHit(g, c, prevCand, false);
    const guarded = GUARDED.has(surface);
    const personLike = guarded || PERSONISH.has(surface);
    if (personLike && pair < 0 && !c.placeTail) {
      // Next to a capitalised word that is not a place: a person or an organisation (George Washington).
      const capBefore = prevWord !== null && UPPER.test(prevWord) && !prevIsPlace && !OPENERS.has(prevWord.toLowerCase());
      const capAfter = nextWord !== null && UPPER.test(nextWord) && !nextIsPlace && !PLACE_NOUNS_AFTER.has(nextWord);
      if (capBefore || capAfter) return;
    }
    const stateNear = (nextWord !== null && STATE_NOUNS.has(nextWord)) || /\bstate\s+of\s*$/i.test(text.slice(Math.max(0, c.start - 12), c.start));
    if (guarded && pair < 0 && !c.placeTail) {
      const before = text.slice(Math.max(0, c.start - 40), c.start);
      const locative = prevWord !== null && LOCATIVE.has(prevWord.toLowerCase());
      const inContext = c.hits.some((h) => ctx.mentioned.has(h) || ctx.areas.has(h) || ctx.areas.has(g.parentOf(h)));
      const placeNoun = nextWord !== null && PLACE_NOUNS_AFTER.has(nextWord);
      if (!locative && !placeNoun && !OF_NOUNS.test(before) && !stateNear && !inContext) return;
    }
    const entry = chooseHit(g, c.hits, pair, stateNear, ctx);
    const e = g.entry(entry);
    const span = { text: surface, name: e.name, level: e.level, code: e.code, start: c.start, end: c.end };
    out.push({ span, entry, ambiguous: c.hits.length > 1 && pair < 0 });
  });
  return out;
}

/** A dateline in capitals opening a story: WASHINGTON (Reuters) -, ULAANBAATAR, Feb 9 -, NEW YORK — … */
const DATELINE = /^[\s"“]*(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3})(?=,| \(| [-—–]|:)/u;
const LOWER_IN_NAMES = new Set(['OF', 'DE', 'ES', 'AU', 'THE', 'AND', 'ON']);

function datelinePlace(text: string, g: Gazetteer): { start: number; end: number; hits: number[] } | null {
  const m = DATELINE.exec(text);
  if (!m || m[1]!.length < 3) return null;
  const caps = m[1]!;
  // Title case, connectors lowercase inside a name (RIO DE JANEIRO → Rio de Janeiro, PORT-AU-PRINCE → Port-au-Prince).
  const titled = caps.replace(/\p{Lu}+/gu, (w, at: number) =>
    at > 0 && LOWER_IN_NAMES.has(w) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase(),
  );
  const hits = g.english.get(titled) ?? g.english.get(caps);
  if (!hits || hits.length === 0) return null;
  const start = m[0].length - caps.length;
  return { start, end: start + caps.length, hits };
}

function isAncestor(g: Gazetteer, ancestor: number, entry: number): boolean {
  for (let e = g.parentOf(entry); e >= 0; e = g.parentOf(e)) if (e === ancestor) return true;
  return false;
}

/** The hit of `c` that the neighbouring candidate `o` contains or lies in, if any ("City, State"). */
function pairHit(g: Gazetteer, c: Candidate, o: Candidate, cIsCity: boolean): number {
  for (const h of c.hits) for (const oh of o.hits) if (cIsCity ? isAncestor(g, oh, h) : isAncestor(g, h, oh)) return h;
  return -1;
}

function chooseHit(g: Gazetteer, hits: number[], pair: number, stateNear: boolean, ctx: PlaceContext): number {
  if (pair >= 0) return pair;
  if (hits.length === 1) return hits[0]!;
  if (stateNear) {
    const state = hits.find((h) => g.levelOf(h) === 'province');
    if (state !== undefined) return state;
  }
  // The page names the place itself or a place inside it (Melbourne → Victoria the state), else an area it
  // lies in (Sindh → Pakistan's Punjab); a country named on the page favours none of its own places.
  const named = hits.filter((h) => ctx.mentioned.has(h) || ctx.areas.has(h));
  const within = named.length > 0 ? named : hits.filter((h) => ancestorNamed(g, h, ctx));
  const pool = within.length > 0 ? within : hits;
  let best = pool[0]!;
  for (const h of pool) if (LEVEL_ORDER[g.levelOf(h)] < LEVEL_ORDER[g.levelOf(best)]) best = h;
  return best;
}

function ancestorNamed(g: Gazetteer, entry: number, ctx: PlaceContext): boolean {
  for (let e = g.parentOf(entry); e >= 0; e = g.parentOf(e)) if (ctx.areas.has(e)) return true;
  return false;
}

export function findEnglishPlaces(text: string, g: Gazetteer, ctx: PlaceContext = EMPTY_CONTEXT): PlaceSpan[] {
  return matchEnglishPlaces(text, g, ctx).map((m) => m.span);
}
