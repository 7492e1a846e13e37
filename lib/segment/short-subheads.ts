// A story's section heads under its headline: a feature or a sidelights report parts its text with short heads of a
// few words ("临时客串翻译", "手势丰富") that open no story — no dateline, byline, number or credit under them, nothing
// but the story's next paragraphs. The page's headline, over a lead paragraph of its own, names the story; heads far
// shorter than it, a phrase of a few characters, are its sections. A page of briefs heads each item with a headline
// of a headline's length, and its items open or close as stories do.
// A sidelights report may also set each section head as two short phrases parted by a comma
// ("活动盛大启动,聚焦发展新貌", issue 12 round 43): a pair of heads of a few words each, far shorter than the page
// headline, over text that opens on no dateline or byline, is a section head too.
// A feature's heads pick up its headline's topic word ("財經採訪可擴闊視野" under "追求刺激的電視財經記者 – 潘碧雲",
// issue 12 round 57): a phrase head that repeats two characters of the page headline may run a little longer and
// nearer the headline's length, a brief's headline under a page's first story repeating none of its words.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { PageFacts } from './facts';
import type { Candidate } from './starts';
import { range } from './parts';
import { cjkCount } from './sentence';

/** A section head is a phrase of this many CJK characters or fewer. */
const MAX_SUBHEAD = 8;
/** And at most this share of the page headline's length. */
const SHARE = 0.6;
/** Under a long headline, a head of up to this share of its length is a phrase too ("二人被捕 巫被跨省帶走" under 36). */
const LONG_SHARE = 0.3;
/** The page headline: this many CJK characters at least. */
const MIN_HEADLINE = 10;
/** The lead paragraph under the page headline holds this many characters at least. */
const MIN_LEAD = 40;
/** A head repeating a pair of the headline's Han characters: at most this many CJK characters, this share of it. */
const ECHO_SUBHEAD = 10;
const ECHO_SHARE = 0.75;

/** The pairs of adjacent Han characters of a text. */
function hanPairs(text: string): Set<string> {
  const out = new Set<string>();
  const chars = [...text];
  for (let k = 0; k + 1 < chars.length; k++) {
    const pair = (chars[k] ?? '') + (chars[k + 1] ?? '');
    if (/^\p{Script=Han}{2}$/u.test(pair)) out.add(pair);
  }
  return out;
}

/** A phrase head repeating a pair of the page headline's Han characters, of up to ECHO_SUBHEAD characters. */
function isEchoHead(text: string, headline: number, pairs: ReadonlySet<string>): boolean {
  // (isPhraseHead's share of the headline, SHARE, scaled up to ECHO_SHARE.)
  if (!isPhraseHead(text, (headline * ECHO_SHARE) / SHARE, ECHO_SUBHEAD)) return false;
  for (const p of hanPairs(text)) if (pairs.has(p)) return true;
  return false;
}



/** A short phrase with no punctuation of a sentence or a headline's pair of clauses; a quoted word inside it
 * ("新来的“省尾书记”", "“双城新发现”专题") is a name, a line wholly in quotes a remark. */
function isPhraseHead(text: string, headline: number, max = MAX_SUBHEAD): boolean {
  const t = text.trim();
  const n = cjkCount(t);
  const quotes = /[“”"]/u.test(t) && !/^[“"][^“”"]*[”"]$/u.test(t);
  return n > 0 && n <= Math.max(max, Math.floor(headline * LONG_SHARE)) && n <= headline * SHARE && !/[。，,：:；;！？!?、|｜]/u.test(t) && (quotes || !/[“”"]/u.test(t));
}

/** A pair of phrase heads parted by one comma, each a phrase of a few words ("活动盛大启动,聚焦发展新貌"). */
const MIN_PAIR_PART = 2;
function isPairedHead(text: string, headline: number): boolean {
  const parts = text.trim().split(/[,，]/u);
  if (parts.length !== 2 || cjkCount(text) > headline * SHARE) return false;
  return parts.every((p) => cjkCount(p) >= MIN_PAIR_PART && isPhraseHead(p, headline, MAX_SUBHEAD) && !/[“”"]/u.test(p));
}

/** A section head set on two lines: a phrase, and under it a line of its gist (“双城新发现”专题 / 收获点击量超1500万). */
const MAX_SECOND = 20;
function isTwoLineHead(blocks: readonly Block[], at: number, headline: number): boolean {
  const second = (blocks[at + 1]?.text ?? '').trim();
  return isPhraseHead(blocks[at]?.text ?? '', headline) && cjkCount(second) <= MAX_SECOND && cjkCount(second) < headline && !/[。；;！？!?|｜]$/u.test(second);
}

/**
 * The candidate starts less the short section heads of the story that opens the page: where the first start heads a
 * lead paragraph under a page headline and every later start is a plain head of a few words, those go.
 */
export function withoutShortSubheads(cands: Candidate[], blocks: readonly Block[], infos: readonly BlockInfo[], facts: PageFacts): Candidate[] {
  if (cands.length < 2) return cands;
  const over = headlineOverFirstHead(cands[0] as Candidate, blocks, infos, facts);
  const first = over ?? (cands[0] as Candidate);
  // (The headline group is the headline alone, or a line over it: a kicker, a banner.)
  const group = over ? 1 : first.body - first.head;
  if (group < 1 || group > 2 || first.kind === 'item' || first.kind === 'run-in') return cands;
  // Nothing but furniture above the page headline.
  for (let k = 0; k < first.head; k++) if (facts.prose[k] > 0) return cands;
  const headline = range(first.head, first.body).reduce((m, k) => Math.max(m, cjkCount(blocks[k]?.text ?? '')), -Infinity);
  if (headline < MIN_HEADLINE || facts.prose[(cands[0] as Candidate).body] < MIN_LEAD) return cands;
  const rest = cands.slice(1);
  const pairs = hanPairs(range(first.head, first.body).map((k) => blocks[k]?.text ?? '').join('\n'));
  const sections = rest.every(
    (c) =>
      c.kind === 'head-plain' &&
      !c.meta &&
      ((c.body - c.head === 1 && (isPhraseHead(blocks[c.head]?.text ?? '', headline) || isEchoHead(blocks[c.head]?.text ?? '', headline, pairs))) ||
        (c.body - c.head === 1 && isPairedHead(blocks[c.head]?.text ?? '', headline) && !infos[c.body]?.dateline && !infos[c.body]?.openingByline) ||
        (c.body - c.head === 2 && isTwoLineHead(blocks, c.head, headline))) &&
      facts.prose[c.body] > 0 &&
      !infos[c.body]?.credit,
  );
  // (A section closed by a credit or an end mark is a brief's: its items stand.)
  if (!sections || rest.some((c, k) => facts.closes[(rest[k + 1]?.head ?? blocks.length) - 1])) return cands;
  return [first];
}

/** Lines of the page's furniture (a date or source line, a blank of spaces) read past between headline and head. */
const MAX_BETWEEN = 3;

/**
 * The page's headline over the first of its text's section heads, when no start stands on the headline itself: a
 * feature whose every section, the first too, opens under a short head ("湖畔的新书屋" under "宁夏:…点评新城区"
 * and its date line, issue 12 round 66). The nearest headline-like line above the first head, a page headline's
 * length with that head a phrase beside it, with only lines of no prose between and none above, heads the story; the
 * head is then its text's first section head. Null where the page has no such line.
 */
function headlineOverFirstHead(first: Candidate, blocks: readonly Block[], infos: readonly BlockInfo[], facts: PageFacts): Candidate | null {
  if (first.body - first.head !== 1 || first.kind !== 'head-plain' || facts.prose[first.body] < MIN_LEAD) return null;
  let h = first.head - 1;
  while (h >= 0 && first.head - h <= MAX_BETWEEN + 1 && !infos[h]?.title && facts.prose[h] === 0) h--;
  if (h < 0 || first.head - h > MAX_BETWEEN + 1 || !infos[h]?.title || facts.prose[h] > 0) return null;
  const headline = cjkCount(blocks[h]?.text ?? '');
  if (headline < MIN_HEADLINE || !isPhraseHead(blocks[first.head]?.text ?? '', headline)) return null;
  return { ...first, head: h, body: first.head, meta: true };
}
