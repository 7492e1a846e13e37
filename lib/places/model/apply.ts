// Where the place tagger meets the recogniser: the rule spans of a text (match.ts, english.ts) are features of
// the tagger, and the tagger's spans are the text's places, each linked to the gazetteer entry its surface
// names (the rule's own choice when the spans agree), or kept unlinked (level "feature", no code) when the
// gazetteer has no such name. Without a model in the gazetteer resource the rule spans stand.
import { foldTraditional } from '../../hant/fold';
import type { PlaceLevel, PlaceSpan } from '../../types';
import { abbreviationSites } from '../abbreviations';
import { ONE_CHAR_ABBREVIATIONS, ONE_CHAR_CONTINENTS } from '../curated';
import { isAlliance, opensOrganisation } from '../organisation';
import { insideForeignName } from '../foreign-names';
import { isGivenName } from '../person';
import { withoutTeams } from '../teams';
import { opensUnitName } from '../compounds';
import { namedFacilityEnd, withDivisionSuffixes, withFacilities, withPlacesBelow } from '../suffixes';
import { withUnlisted } from '../unlisted';
import { partOfLongerName } from '../name-parts';
import type { Gazetteer } from '../gazetteer';
import { codeWithin } from '../hierarchy';
import { entriesSpelling } from '../match';
import type { FormWalks } from '../walks';
import { englishHits, enFeatures, EN_K, tokenize } from './en-features';
import { EnJudge, ZhJudge } from './judge';
import { isModelResource, loadModel, type ModelWork, type PlaceModel } from './resource';
import { choose, WEIGHING } from './choose';
import { decode, labelRuns, sparseEmissions, SpanScorer } from './tagger';
import { isCjk, quietZh } from './zh-features';

const models = new WeakMap<Gazetteer, PlaceModel | null>();

/** The gazetteer's tagger, decoded on first use; null when the resource carries none. */
export function placeModel(g: Gazetteer): PlaceModel | null {
  let m = models.get(g);
  if (m === undefined) {
    m = isModelResource(g.model) ? loadModel(g.model) : null;
    models.set(g, m);
  }
  return m;
}

const RANK: Record<PlaceLevel, number> = { country: 8, province: 7, prefecture: 6, region: 5, city: 5, county: 4, feature: 3, township: 2 };

/** Makes the model's working arrays hold `n` units of `k` feature slots each. */
function room(work: ModelWork, n: number, k: number): void {
  if (work.feats.length < n * k) work.feats = new Int32Array(Math.max(n * k, work.feats.length * 2));
  if (work.labels.length < n) {
    work.labels = new Uint8Array(Math.max(n, work.labels.length * 2));
    work.active = new Uint8Array(work.labels.length);
    work.scores = new Float64Array(work.labels.length * 3);
    work.runScores = new Float64Array(work.labels.length * 3);
  }
}

/** The best-ranked entry among `entries` as a span of `text` [start, end). */
function linked(g: Gazetteer, source: string, entries: readonly number[], start: number, end: number): PlaceSpan {
  let best = entries[0]!;
  for (const e of entries) if (RANK[g.levelOf(e)] > RANK[g.levelOf(best)]) best = e;
  const e = g.entry(best);
  return { text: source.slice(start, end), name: e.name, level: e.level, code: e.code, start, end };
}

function unlinked(source: string, start: number, end: number, g?: Gazetteer): PlaceSpan {
  const text = source.slice(start, end);
  // A one-character abbreviation (中 of 中美关系, 京 of 京津冀) names its country or province.
  const one = g && end - start === 1 ? foldTraditional(text) : undefined;
  const code = one === undefined ? undefined : ONE_CHAR_ABBREVIATIONS[one];
  // A continent's character (欧 of 欧美) names the continent, a region the gazetteer keeps without a code.
  const continent = one === undefined ? undefined : ONE_CHAR_CONTINENTS[one];
  const entry = code !== undefined ? g!.entryOfCode(code) : continent !== undefined ? entriesSpelling(g!, continent)?.[0] : undefined;
  if (entry !== undefined) {
    const e = g!.entry(entry);
    return { text, name: e.name, level: e.level, code: e.code, start, end };
  }
  return { text, name: text, level: 'feature', code: null, start, end };
}

/** Whether a gazetteer name starting at `start` runs past `end` (甘其毛 of 甘其毛都): the span cuts it short. */
function cutsName(g: Gazetteer, text: string, start: number, end: number): boolean {
  let node = 0;
  for (let j = start; j < text.length; j++) {
    const w = g.trie.step(node, text.charCodeAt(j));
    if (w < 0) return false;
    node = w >> 1;
    if ((w & 1) === 1 && j + 1 > end) return true;
  }
  return false;
}


/** Whether `inner` lies within `outer` in the gazetteer's hierarchy (蔚县 within 河北, 纽约州 within 美国). */
function within(g: Gazetteer, inner: PlaceSpan, outer: PlaceSpan): boolean {
  return inner.code !== null && outer.code !== null && codeWithin(g, inner.code, outer.code);
}

/**
 * The tagger's spans of one sentence `source`, `text` being it folded to Simplified (`walks`, `at`: the matcher's
 * walks of the text it is `at` units into).
 */
function chineseSpans(source: string, text: string, g: Gazetteer, m: PlaceModel, rule: readonly PlaceSpan[], walks: FormWalks | null, at: number): PlaceSpan[] {
  const n = text.length;
  const work = m.work;
  room(work, n, 0);
  const { active, scores, labels, tagger } = work;
  // A sentence with no rule span where the matcher's walks show no name and no place character has no active
  // unit (quietZh): the tagger has nothing to read there.
  // Nor has one where the emitter finds none active (emit runs only past the quiet check).
  const quiet = rule.length === 0 && walks !== null && quietZh(text, m.zhChars, work.zh, walks, at);
  if (quiet || (work.emitter.emit(text, g, rule, m.zhChars, work.zh, active, scores, walks, at) === 0 && rule.length === 0)) return withUnlisted(withAbbreviations([], abbreviationSites(text, g, m.zhWords, rule), source, g), text, source, m.zhWords);
  // Inactive units are forced outside a place, so the chain falls apart at them: each run of active units is
  // decoded on its own, with one inactive unit on either side (the O before and after it), which gives the
  // labels and margins decoding the whole text would.
  const out: PlaceSpan[] = [];
  const judge = new ZhJudge(g, text, WEIGHING.zh);
  // The rule spans of the current run, in its positions (one list for the sentence, emptied per run).
  const local: { a: number; b: number; span: PlaceSpan }[] = [];
  let r = 0;
  for (let i = 0; i < n; ) {
    if (active[i] === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && active[j] === 1) j++;
    const a0 = Math.max(0, i - 1);
    judge.at = a0;
    const b0 = Math.min(n, j + 1);
    const len = b0 - a0;
    // The run's scores copied to the front of a buffer of their own, its labels decoded to the front of
    // `labels` (no view objects per run: a page has thousands of runs).
    const e = work.runScores;
    for (let k = 0, at = a0 * 3; k < len * 3; k++, at++) e[k] = scores[at]!;
    const lab = labels;
    decode(e, len, m.zh.trans, lab, tagger);
    const runs = labelRuns(lab, len);
    let kept = 0;
    for (const run of runs) if (isCjk(text.charCodeAt(run[0] + a0)) && !cutsName(g, text, run[0] + a0, run[1] + a0)) runs[kept++] = run;
    if (kept < runs.length) runs.length = kept;
    // (Emptied only when it holds any: setting an array's length is a call into the runtime.)
    if (local.length !== 0) local.length = 0;
    while (r < rule.length && rule[r]!.start < j) {
      const span = rule[r++]!;
      local.push({ a: span.start - a0, b: span.end - a0, span });
    }
    if (runs.length > 0 || local.length > 0) {
      const scorer = new SpanScorer(e, len, m.zh.trans, tagger);
      for (const c of choose(scorer, runs, local, m.scale, WEIGHING.zh, judge)) {
        if (c.rule) out.push(c.rule);
        else {
          const entries = entriesSpelling(g, text, c.a + a0, c.b + a0);
          out.push(entries ? linked(g, source, entries, c.a + a0, c.b + a0) : unlinked(source, c.a + a0, c.b + a0, g));
        }
      }
    }
    i = j;
  }
  // A place opening an organisation's name is none of its own, unless another place follows it (河北|蔚县|人大常委会:
  // the organisation is 蔚县's, 河北 its province).
  // (Whether a position is free of the spans: asked by isGivenName, a function made once per sentence with
  // spans; loops, not filter/map with closures, as most sentences have none or one.)
  const free = out.length === 0 ? null : (i: number) => out.every((o) => i < o.start || i >= o.end);
  const own: PlaceSpan[] = [];
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    if (
      !isAlliance(s.text, s.code) &&
      !insideForeignName(text, s) &&
      ((out[k + 1]?.start === s.end && within(g, out[k + 1]!, s)) || namedFacilityEnd(text, s.end, m.zhWords) > 0 || !opensOrganisation(text, s.end, m.zhWords)) &&
      !isGivenName(text, s.start, s.end, free!)
    )
      own.push(s);
  }
  const spans = withUnlisted(
    withAbbreviations(withPlacesBelow(withFacilities(withDivisionSuffixes(own, text, source, m.zhWords), text, source, m.zhWords), text, source, m.zhWords), abbreviationSites(text, g, m.zhWords, rule), source, g),
    text,
    source,
    m.zhWords,
  );
  // Nor is a place opening a currency's or a clock's name (日|元, 北京|时间).
  const kept: PlaceSpan[] = [];
  for (const s of spans) if (!opensUnitName(text, s.start, s.end)) kept.push(regionBeforePart(g, text, source, s));
  return withoutTeams(text, kept, rule);
}

/** A part of a region after its 地区 (东北地区|南部, 西北地区|东南部, 华北地区|大部, 东北地区|的局部). */
const REGION_PART = /^(?:的?局部|大部|[东西南北中]{1,2}部)/;

/**
 * 东北地区南部 names the south of 东北, the region, as the People's Daily reads it (东北|地区南部, like 中东|地区 and
 * 台湾|地区): a region's 地区 before a part word is not its name's. Without a part after it, 西北地区 stays whole.
 */
function regionBeforePart(g: Gazetteer, text: string, source: string, s: PlaceSpan): PlaceSpan {
  if (s.level !== 'region' || s.end - s.start < 4 || !text.startsWith('地区', s.end - 2) || !REGION_PART.test(text.slice(s.end, s.end + 4))) return s;
  const entries = entriesSpelling(g, text, s.start, s.end - 2);
  return entries ? linked(g, source, entries, s.start, s.end - 2) : s;
}

function overlaps(s: PlaceSpan, t: { start: number; end: number }): boolean {
  return s.start < t.end && t.start < s.end;
}

/**
 * The spans with the abbreviation sites added (中美关系, 访华): a site replaces an unlinked span of the tagger's
 * that overlaps it (港澳台 read as one name), and gives way to any other.
 */
function withAbbreviations(spans: PlaceSpan[], sites: readonly { start: number; end: number }[], source: string, g: Gazetteer): PlaceSpan[] {
  if (sites.length === 0) return spans;
  const kept = spans.filter((s) => s.code !== null || !sites.some((t) => overlaps(s, t)));
  for (const t of sites) if (kept.every((s) => !overlaps(s, t))) kept.push(unlinked(source, t.start, t.end, g));
  return kept.sort((a, b) => a.start - b.start);
}

function englishSpans(text: string, g: Gazetteer, m: PlaceModel, rule: readonly PlaceSpan[]): PlaceSpan[] {
  const t = tokenize(text);
  const n = t.words.length;
  const work = m.work;
  room(work, n, EN_K);
  const { feats, scores, labels, tagger } = work;
  enFeatures(text, t, g, rule, feats);
  sparseEmissions(feats, n, EN_K, m.w, scores);
  decode(scores, n, m.en.trans, labels, tagger);
  const scorer = new SpanScorer(scores, n, m.en.trans, tagger);
  const runs = labelRuns(labels, n).filter(([a]) => !isCjk(text.charCodeAt(t.starts[a]!)));
  const tokenAt = new Map<number, number>();
  const tokenEnd = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    tokenAt.set(t.starts[i]!, i);
    tokenEnd.set(t.ends[i]!, i + 1);
  }
  const ruleTokens: { a: number; b: number; span: PlaceSpan }[] = [];
  // Rule spans inside a token (Texas of Texas-based, US of US-China): the tagger has no word for them.
  const inside: PlaceSpan[] = [];
  for (const span of rule) {
    // Chinese rule spans are the Chinese tagger's to weigh (chineseSpans), not words of this one.
    if (isCjk(span.text.charCodeAt(0))) continue;
    const a = tokenAt.get(span.start);
    const b = tokenEnd.get(span.end);
    if (a !== undefined && b !== undefined && b > a) ruleTokens.push({ a, b, span });
    else inside.push(span);
  }
  const chosen = choose(scorer, runs, ruleTokens, m.scale, WEIGHING.en, new EnJudge(g, text, t, WEIGHING.en));
  // A place that is only part of a longer name (Cathay Pacific, Jerusalem stone, Conca dei Marini) is none.
  const placed = new Uint8Array(n);
  for (const { a, b } of chosen) placed.fill(1, a, b);
  const out: PlaceSpan[] = [];
  for (const { a, b, rule: r } of chosen) {
    if (partOfLongerName(text, t, a, b, (k) => placed[k] === 1)) continue;
    if (r) {
      out.push(r);
      continue;
    }
    const start = t.starts[a]!;
    const end = t.ends[b - 1]!;
    // The rules read a longer name from the same start inside a hyphenated word (Las of Las Vegas-McCarran).
    const longer = inside.find((s) => s.start === start && s.end > end);
    if (longer !== undefined) {
      out.push(longer);
      continue;
    }
    const hits = englishHits(g, text.slice(start, end));
    out.push(hits ? linked(g, text, hits, start, end) : unlinked(text, start, end));
  }
  if (inside.length === 0) return out;
  for (const s of inside) if (out.every((o) => o.end <= s.start || s.end <= o.start)) out.push(s);
  return out.sort((x, y) => x.start - y.start);
}

/** 1 at the UTF-16 units that close a sentence. */
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of '。！？!?\n') SENTENCE_END[c.charCodeAt(0)] = 1;
const MAX_PIECE = 2000;

/** Where the sentence starting at `a` ends (after its closing mark), at most MAX_PIECE units on. */
export function sentenceEnd(text: string, a: number): number {
  const limit = Math.min(text.length, a + MAX_PIECE);
  for (let i = a; i < limit; i++) if (SENTENCE_END[text.charCodeAt(i)] === 1) return i + 1;
  return limit;
}

const HAS_CJK = 1;
const HAS_LATIN = 2;

/**
 * sentenceEnd and the scripts of the sentence in one pass: what /[\u3400-\u9fff]/ (HAS_CJK) and /[A-Za-z]{2}/
 * (HAS_LATIN) of `want` find in text[a, end), without a copy of it. Returned as end * 4 | scripts (no object).
 */
function pieceEnd(text: string, a: number, want: number): number {
  const limit = Math.min(text.length, a + MAX_PIECE);
  let found = 0;
  let letter = false;
  for (let i = a; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (found !== want) {
      if (c >= 0x3400 && c <= 0x9fff) found |= HAS_CJK & want;
      const isLetter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
      if (isLetter && letter) found |= HAS_LATIN & want;
      letter = isLetter;
    }
    if (SENTENCE_END[c] === 1) return (i + 1) * 4 + found;
  }
  return limit * 4 + found;
}

/**
 * `s` moved by `d` units (a sentence's span placed in its text, or a text's in its sentence): a new span with
 * the same fields in the same order (one object shape for every span, no spread per span).
 */
function moved(s: PlaceSpan, d: number): PlaceSpan {
  return { text: s.text, name: s.name, level: s.level, code: s.code, start: s.start + d, end: s.end + d };
}

/** Appends the spans of the sentence at `a` to `out`, placed in the text (no closure per sentence). */
function placedInto(out: PlaceSpan[], spans: readonly PlaceSpan[], a: number): void {
  for (let k = 0; k < spans.length; k++) out.push(a === 0 ? spans[k]! : moved(spans[k]!, a));
}

/**
 * The places of `text` as the tagger reads them, given the rule spans; the rule spans when there is no model.
 * `walks`: what the matcher's walks of `text` found (findChinesePlaces), when they are at hand.
 */
export function taggedPlaces(text: string, g: Gazetteer, rule: PlaceSpan[], walks: FormWalks | null = null): PlaceSpan[] {
  const m = placeModel(g);
  if (!m || text.length === 0) return rule;
  const zh: PlaceSpan[] = [];
  const en: PlaceSpan[] = [];
  // Folded once for every sentence (the fold maps unit by unit, so a sentence's fold is the fold's slice): by the
  // matcher when it walked this text. The fold changes only CJK units, so a text without one is its own fold.
  const folded = walks !== null && walks.folded !== null ? walks.folded : foldTraditional(text);
  // Each sentence's scripts come from pieceEnd: a script the text lacks no sentence of it has.
  const want = HAS_CJK | HAS_LATIN;
  let r = 0;
  // Sentence by sentence (the unit the tagger was trained on), which also bounds its buffers on long texts.
  for (let a = 0; a < text.length; ) {
    const piece4 = pieceEnd(text, a, want);
    const b = Math.floor(piece4 / 4);
    const scripts = piece4 & 3;
    const piece = a === 0 && b === text.length ? text : scripts === 0 ? '' : text.slice(a, b);
    const local: PlaceSpan[] = [];
    while (r < rule.length && rule[r]!.start < b) {
      const s = rule[r++]!;
      if (s.end <= b) local.push(a === 0 ? s : moved(s, -a));
    }
    if ((scripts & HAS_CJK) !== 0) placedInto(zh, chineseSpans(piece, folded === text || piece === '' ? piece : folded.slice(a, b), g, m, local, walks, a), a);
    if ((scripts & HAS_LATIN) !== 0) placedInto(en, englishSpans(piece, g, m, local), a);
    a = b;
  }
  if (en.length === 0) return zh;
  if (zh.length === 0) return en;
  const all = [...zh, ...en].sort((a, b) => a.start - b.start);
  const out: PlaceSpan[] = [];
  for (const s of all) if (out.length === 0 || out[out.length - 1]!.end <= s.start) out.push(s);
  return out;
}
