// Words that run a place on, and places a county names below it: a division named by its short form and then the
// word of its level, spelt as the gazetteer does not spell it (怒江|州 for 怒江傈僳族自治州, 香港|特区, 苏州|新区, 栾城|县 for the county since renamed a
// district), and a facility named by its place (德黑兰|机场, 鹿特丹|港). The place runs on over the word, as a reader
// reads it and as the labelled news of People's Daily marks it, linked to the same entry; and the township or village
// named right after a county or township (岐山县|麦禾营镇), which the gazetteer, listing no villages, lacks.
import type { PlaceLevel, PlaceSpan } from '../types';
import type { WordPairs } from './model/words';
import { isCjk } from './model/zh-features';

/** Level words, longest first. */
const SUFFIXES = ['特区', '新区', '自治州', '省', '市', '县', '区', '州', '旗', '盟', '镇', '乡'];
/**
 * Whether text[a, b) is a level word standing as one (州, 特区): a one-character word that opens a common word with
 * the next character (北京|市场, 杭州|市民, 河南|乡村) stands for no level.
 */
function isLevelWord(text: string, a: number, b: number, words: WordPairs): boolean {
  if (!SUFFIXES.includes(text.slice(a, b))) return false;
  return b - a > 1 || b >= text.length || !words.has(text.charCodeAt(b - 1), text.charCodeAt(b));
}

const DIVISIONS = new Set<PlaceLevel>(['province', 'prefecture', 'county', 'township']);

/** `s` extended to `end`: a new span with the PlaceSpan fields in their order (one object shape, no spread). */
function extended(s: PlaceSpan, source: string, end: number): PlaceSpan {
  return { text: source.slice(s.start, end), name: s.name, level: s.level, code: s.code, start: s.start, end };
}

/**
 * The spans with each linked Chinese division's short form (not its full name) extended over the level word right
 * after it (isLevelWord), unless another span starts inside it.
 */
export function withDivisionSuffixes(spans: PlaceSpan[], text: string, source: string, words: WordPairs): PlaceSpan[] {
  return mapChanged(spans, (k) => divisionRunOn(spans, k, text, source, words));
}

/**
 * `spans` with each spans[k] replaced by at(k): `spans` itself when no span changes (most sentences), a copy made at
 * the first change.
 */
function mapChanged(spans: PlaceSpan[], at: (k: number) => PlaceSpan): PlaceSpan[] {
  let out: PlaceSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const t = at(k);
    if (t !== spans[k] && out === null) out = spans.slice(0, k);
    if (out !== null) out.push(t);
  }
  return out ?? spans;
}

/** spans[k] run on over the level word after it, or spans[k] itself. */
function divisionRunOn(spans: readonly PlaceSpan[], k: number, text: string, source: string, words: WordPairs): PlaceSpan {
  const s = spans[k]!;
  if (s.code === null || !DIVISIONS.has(s.level) || !/^\d{6}/.test(s.code) || s.text === s.name) return s;
  const suffix = SUFFIXES.find((w) => text.startsWith(w, s.end));
  if (suffix === undefined) return s;
  const end = s.end + suffix.length;
  if (!isLevelWord(text, s.end, end, words)) return s;
  if ((spans[k + 1]?.start ?? Infinity) < end) return s;
  return extended(s, source, end);
}

/**
 * Facilities named by their place: 德黑兰|机场, 虹口|体育馆, 广元|火车站, 奥克兰|港. The labelled news of People's Daily
 * marks the whole as the place; the span keeps its place's entry, so that filtering by the city still finds it.
 */
const FACILITIES = ['国际机场', '机场', '火车站', '车站', '体育馆', '体育场', '体育中心', '展览中心', '会展中心', '植物园', '动物园', '航天城', '航天中心', '太空中心', '大桥', '隧道', '码头', '港'];
/** 1 at the first units of FACILITIES. */
const FACILITIES_FIRST = new Uint8Array(0x10000);
for (const f of FACILITIES) FACILITIES_FIRST[f.charCodeAt(0)] = 1;

/** Whether a facility's word stands at text[a] (not 港口, 港湾: a one-character word opening a common word), and its end. */
function facilityEnd(text: string, a: number, words: WordPairs): number {
  const c = text.charCodeAt(a);
  // Most places are followed by no facility's first character: no search (and no closure) for them.
  if (FACILITIES_FIRST[c] !== 1) return -1;
  const w = FACILITIES.find((f) => f.charCodeAt(0) === c && text.startsWith(f, a));
  if (w === undefined) return -1;
  const end = a + w.length;
  return w.length > 1 || end >= text.length || !words.has(text.charCodeAt(end - 1), text.charCodeAt(end)) ? end : -1;
}

/**
 * Institutions and landmarks named by their place, with at most a common word between (中国|美术馆, 陕西|博物馆,
 * 中国|体育|博物馆, 仁川|文化|体育场): the labelled news marks the whole as a place, no organisation of the place's.
 * One with a name of its own (北京|先农坛|体育场, 香港|伊丽莎白|体育馆) is a place after a place.
 */
const NAMED_FACILITIES = ['博物馆', '美术馆', '纪念馆', '体育场', '体育馆', '大厦', '广场', '大剧院'];

/** Where such a facility's word ends after the place ending at `a` (right after it or after a common word), or -1. */
export function namedFacilityEnd(text: string, a: number, words: WordPairs): number {
  const right = namedFacilityAt(text, a);
  if (right > 0) return right;
  return a + 2 < text.length && words.has(text.charCodeAt(a), text.charCodeAt(a + 1)) ? namedFacilityAt(text, a + 2) : -1;
}

/** 1 at the first units of NAMED_FACILITIES: asked after every place, most of which no facility's word follows. */
const FACILITY_FIRST = new Uint8Array(0x10000);
for (const f of NAMED_FACILITIES) FACILITY_FIRST[f.charCodeAt(0)] = 1;

/** The end of a named facility's word starting at `k`, or -1. */
function namedFacilityAt(text: string, k: number): number {
  // (Past the text's end charCodeAt is NaN, which indexes nothing.)
  if (FACILITY_FIRST[text.charCodeAt(k)] !== 1) return -1;
  for (const f of NAMED_FACILITIES) if (text.startsWith(f, k)) return k + f.length;
  return -1;
}

/** The spans extended over a facility's word right after them, unless another span starts inside it. */
export function withFacilities(spans: PlaceSpan[], text: string, source: string, words: WordPairs): PlaceSpan[] {
  return mapChanged(spans, (k) => {
    const s = spans[k]!;
    const named = namedFacilityEnd(text, s.end, words);
    const end = named > 0 ? named : facilityEnd(text, s.end, words);
    return end < 0 || (spans[k + 1]?.start ?? Infinity) < end ? s : extended(s, source, end);
  });
}

/** Level words of townships and villages a county or township names below it (红庄乡|陈沟村, 岐山县|麦禾营镇). */
const BELOW = '村乡镇';
/** Characters no township's or village's name holds: words of grammar and measure. */
const NOT_IN_NAME = new Set(Array.from('的是在和与及或了对把被为从向到于以也都就将要会能可这那其此各每个年月日号时所之等'));

/**
 * The spans with the township or village right after a county's or township's span added (岐山县|麦禾营镇,
 * 红庄乡|陈沟村): two or three characters of a name and 村, 乡 or 镇, which the gazetteer, listing no villages, lacks.
 * Not where the last character and the level word are a common word (农村, 家乡, 城镇), nor where a span stands there.
 */
export function withPlacesBelow(spans: PlaceSpan[], text: string, source: string, words: WordPairs): PlaceSpan[] {
  const added: PlaceSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.level !== 'county' && s.level !== 'township' && !(s.code === null && /[县乡镇]$/.test(s.text))) continue;
    const next = spans[k + 1]?.start ?? Infinity;
    for (let len = 2; len <= 3; len++) {
      const at = s.end + len;
      if (at >= text.length || at >= next || !BELOW.includes(text[at]!)) continue;
      let name = true;
      for (let i = s.end; i < at; i++) if (!isCjk(text.charCodeAt(i)) || NOT_IN_NAME.has(text[i]!) || BELOW.includes(text[i]!)) name = false;
      if (!name || words.has(text.charCodeAt(at - 1), text.charCodeAt(at))) continue;
      const t = source.slice(s.end, at + 1);
      added.push({ text: t, name: t, level: text[at] === '村' ? 'feature' : 'township', code: null, start: s.end, end: at + 1 });
      break;
    }
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}
