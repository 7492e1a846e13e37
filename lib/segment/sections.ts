// One story's numbered sections: a listicle ("Four ways to …" / "1. Seal the drafts") or a commentary with numbered
// section heads ("推动高质量发展的四个着力点" / "1 坚持创新驱动"). The numbered heads are section heads of the story
// above them, not headlines of stories of their own, where
// - the page opens with that story: a headline over an intro of its own text, above the first numbered head;
// - the heads run 1, 2, 3 … in page order and none of the items opens or closes as a story does (no dateline,
//   byline, agency or picture credit, end mark of its own; no date on the head, as a week's items carry);
// - and the story announces its list: a byline under its headline (a signed piece), an intro that speaks of what
//   follows ("Here are four…", "以下几个方面"), or a count in its headline that is the number of items
//   ("Four ways…", "四个着力点" over four items).
// A page of numbered briefs (a digest's items each closed by its agency's credit, a gallery's captions each closed
// by its picture's, a week's items each under their date) fails one of these.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { PageFacts } from './facts';
import { headNumber } from './numbers';
import { endsSentence } from './sentence';

/** The part of a start candidate read here (starts.ts). */
export interface SectionHead {
  head: number;
  body: number;
  kind: string;
}

/** An intro speaking of the list below it. */
const ANNOUNCES =
  /\b(?:here (?:are|is|'s)|the following|following (?:are|is)|these (?:\w+ )?(?:ways|steps|tips|things|reasons|ideas|lessons|questions|points)|(?:ways|steps|tips|things|reasons|ideas|lessons) (?:to|that|you|for|why))\b|以下|如下|下列|下面|几个方面|幾個方面|几点|幾點|几方面|幾方面/i;
/** A head line that names a date after its number ("1.6月15日 浙江", "2. March 3 —"): a dated item, a week's. */
const DATED_HEAD =
  /^\s*\d{1,2}\s*[.。．、)）]?\s*(?:\d{1,2}\s*月|\d{1,2}\/\d{1,2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/i;
const EN_COUNT = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const CN_COUNT = ['', '一', '两|二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The headline counts `n` things: "4 ways", "Four ways", "四个着力点", "十大", "三点". */
export function headlineCounts(text: string, n: number): boolean {
  if (new RegExp(`(?:^|[^\\d.])${n}(?![\\d.,:/%])(?!\\s*(?:年|月|日|时|點|点|分|%|am|pm)\\b)`, 'i').test(text)) return true;
  const en = EN_COUNT[n];
  if (en && new RegExp(`\\b${en}\\b`, 'i').test(text)) return true;
  const cn = CN_COUNT[n];
  return !!cn && new RegExp(`(?:${cn})(?:个|個|大|点|點|项|項|条|條|种|種|招|步|方面|要|重|句|问|問)`).test(text);
}

/**
 * The numbered heads that are section heads of one story (null when the page's numbering is its stories').
 * `heads`: the headline candidates in page order; `number`: each one's item number (-1 none); `titleAt`: a
 * headline-like line that is no furniture.
 */
export function sectionHeads<C extends SectionHead>(
  heads: readonly C[],
  number: (c: C) => number,
  blocks: readonly Block[],
  infos: readonly BlockInfo[],
  facts: PageFacts,
  titleAt: (k: number) => boolean,
): Set<C> | null {
  const numbered = heads.filter((c) => number(c) > 0);
  if (numbered.length < 2 || numbered.some((c, k) => number(c) !== k + 1)) return null;
  const first = numbered[0] as C;
  // The story above: its text (whole sentences, no meta lines) before the first numbered head, and the headline
  // lines right above that text (a byline or meta line between them read past).
  let opening = -1;
  let intro = '';
  for (let k = 0; k < first.head; k++) {
    const t = blocks[k]?.text ?? '';
    if (facts.prose[k] > 0 && !facts.furniture[k] && !titleAt(k) && endsSentence(t)) {
      if (opening < 0) opening = k;
      intro += `${t}\n`;
    }
  }
  if (opening < 0) return null;
  let headline = opening - 1;
  while (headline >= 0 && !titleAt(headline) && !facts.prose[headline]) headline--;
  if (headline < 0 || !titleAt(headline)) return null;
  let top = headline;
  while (top > 0 && titleAt(top - 1) && !facts.label[top - 1]) top--;
  let byline = false;
  for (let k = top; k < first.head; k++) {
    const info = infos[k];
    if (info?.byline || info?.openingByline) byline = true;
    // A dateline or a closed item above the list: stories of the page's own; a section label or the list's own
    // headlines printed as an index above it: a digest's.
    if (info?.dateline || facts.closes[k] || facts.label[k] || headNumber(blocks[k]?.text ?? '') > 0) return null;
  }
  // Each item: its head and the text under it, up to the next head (or the page's end).
  const n = blocks.length;
  for (let i = 0; i < numbered.length; i++) {
    const c = numbered[i] as C;
    if (c.kind === 'head-open' || DATED_HEAD.test(blocks[c.body - 1]?.text ?? '') || DATED_HEAD.test(blocks[c.head]?.text ?? '')) return null;
    const end = i + 1 < numbered.length ? (numbered[i + 1] as C).head : (heads.find((h) => h.head > c.head)?.head ?? n);
    let text = 0;
    for (let k = c.body; k < end; k++) {
      const info = infos[k];
      if (facts.closes[k] || info?.dateline || info?.byline || info?.openingByline || info?.credit) return null;
      text += facts.prose[k] ?? 0;
    }
    if (!text) return null;
  }
  const lead = blocks.slice(top, headline + 1).map((b) => b.text);
  const announced = byline || ANNOUNCES.test(intro) || lead.some((t) => headlineCounts(t, numbered.length));
  if (process.env.DBG_SEC) console.error('SECTIONS', { headline: blocks.slice(top, headline + 1).map((b) => b.text), intro: intro.slice(0, 200), byline, first: blocks[first.head]?.text, n: numbered.length, announced });
  return announced ? new Set(numbered) : null;
}
