// One story's numbered sections: a listicle ("Four ways to …" / "1. Seal the drafts"), a commentary with numbered
// section heads ("推动高质量发展的四个着力点" / "1 坚持创新驱动") or numbered takeaways run into their paragraphs
// ("1) Donald Trump … made a turn"). The numbered heads are sections of the story above them, not stories, where
// - the page opens with that story: a headline over an intro of its own (whole sentences), above the first number,
//   with no dateline, closed item, section label or index of the numbered headlines between them;
// - the numbers run 1, 2, 3 … in page order, all on headlines or all on paragraphs, and no item opens or closes as a
//   story does (no dateline, byline, agency or picture credit, end mark; no date on its head, as a week's items);
// - and the story announces its list: a byline under its headline (a signed piece), a count in its headline that is
//   the number of items ("Four ways…", "四个着力点" over four; a larger one where the intro names it too, a page cut
//   short), or, over numbered headlines, an intro that speaks of what follows ("Here are four…", "以下几个方面"; over
//   numbered paragraphs a digest's standfirst speaks so too, and says nothing alone).
// A page of numbered briefs (a digest's items each closed by its agency's credit, a gallery's captions each closed
// by its picture's, a week's items each under their date, a digest's index over a section label) fails one of these.
// So does a day's digest: a counted headline or an intro that dates its list to one day ("… you need to know today",
// "5 things to know for May 22", "…the news you need to know this Wednesday"): a listicle's advice keeps; a
// day's list is that day's news, one story an item.
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
/** Words dating a list to one day: today, tonight, this morning, this Wednesday, for May 22. */
const ONE_DAY =
  /\b(?:today|tonight|this (?:morning|evening|afternoon|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:for|on) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)|今日|今天|今晨/i;
const EN_COUNT = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const CN_COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** A count of things: "4 ways", "Five takeaways", "四个着力点", "十大", "三点" (not a year, a date, a time, a share). */
const COUNT_DIGITS = /(?:^|[^\d.,:/])(\d{1,2})(?![\d.,:/%])(?!\s*(?:年|月|日|时|時|点|點|分|秒|号|號|%|am\b|pm\b|a\.m|p\.m))/gi;
const COUNT_WORDS = new RegExp(`\\b(${EN_COUNT.slice(2).join('|')})\\b`, 'gi');
const COUNT_CN = /([两二三四五六七八九十])(?:个|個|大|点|點|项|項|条|條|种|種|招|步|方面|要|重|问|問)/g;

/** The counts of things a text names ("Five key takeaways" → 5; "四个着力点" → 4). */
export function countsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(COUNT_DIGITS)) out.push(Number(m[1]));
  for (const m of text.matchAll(COUNT_WORDS)) out.push(EN_COUNT.indexOf((m[1] ?? '').toLowerCase()));
  for (const m of text.matchAll(COUNT_CN)) out.push(CN_COUNT[m[1] ?? ''] ?? 0);
  return out.filter((k) => k >= 2);
}

/**
 * The numbered heads that are section heads of one story (null when the page's numbering is its stories').
 * `cands`: the headline candidates and numbered paragraphs in page order; `number`: each one's item number (-1
 * none); `titleAt`: a headline-like line that is no furniture.
 */
export function sectionHeads<C extends SectionHead>(
  cands: readonly C[],
  number: (c: C) => number,
  blocks: readonly Block[],
  infos: readonly BlockInfo[],
  facts: PageFacts,
  titleAt: (k: number) => boolean,
): Set<C> | null {
  const numbered = cands.filter((c) => number(c) > 0);
  if (numbered.length < 2 || numbered.some((c, k) => number(c) !== k + 1)) return null;
  // (Numbered headlines, or numbered paragraphs: one kind of numbering.)
  const paragraphs = numbered.every((c) => c.kind === 'item');
  if (!paragraphs && numbered.some((c) => c.kind === 'item')) return null;
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
    const line = blocks[paragraphs ? c.body : c.body - 1]?.text ?? '';
    if (c.kind === 'head-open' || DATED_HEAD.test(line) || DATED_HEAD.test(blocks[c.head]?.text ?? '')) return null;
    const end = i + 1 < numbered.length ? (numbered[i + 1] as C).head : (cands.find((h) => h.head > c.head)?.head ?? n);
    let text = 0;
    for (let k = c.body; k < end; k++) {
      const info = infos[k];
      if (facts.closes[k] || info?.dateline || info?.byline || info?.openingByline || info?.credit) return null;
      text += facts.prose[k] ?? 0;
    }
    if (!text) return null;
  }
  // The headline's count: the number of items, or more where the intro names it too (a page cut short).
  const items = numbered.length;
  const said = countsIn(intro);
  const counted = blocks.slice(top, headline + 1).some((b) => countsIn(b.text).some((k) => k === items || (k > items && said.includes(k))));
  // (A digest's standfirst speaks of the numbered paragraphs under it as a listicle's intro does: there the intro
  // alone says nothing.)
  const announced = byline || counted || (!paragraphs && ANNOUNCES.test(intro));
  // (A list dated to one day, in its headline or its intro: a day's digest of news, not a listicle.)
  const oneDay = blocks.slice(top, headline + 1).some((b) => ONE_DAY.test(b.text)) || ONE_DAY.test(intro);
  return announced && !oneDay ? new Set(numbered) : null;
}
