// A report's deck (副题) printed as one sentence closed by a full stop, under its kicker and headline, with the
// report's dateline opening the very next block:
//   人民政协第一届全国委员会二次会议第四日          (kicker)
//   郭沫若沈钧儒报告文教和法院工作                  (headline)
//   大会进入讨论阶段,李济深张澜黄炎培习仲勋发言,对各项报告一致表示满意。   (deck)
//   【新华社十七日讯】人民政协第一届全国委员会第二次会议今日上午……
// The stop makes the deck read as a paragraph, so the headline's story holds that one line and the dateline opens a
// headless brief of its own. A story whose whole text is one short sentence straight under a headline of two lines
// or more, followed at once by a headless datelined report, is one report: the sentence is its deck, the dateline
// its opening. A brief of one line under a column's name (one line, a label) keeps its place.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isLabel } from './facts';
import { cjkCount } from './sentence';

/** A deck is short: one sentence of a line or two in print. */
const MAX_DECK = 60;
/** Sentence stops; a deck holds one, at its end. */
const STOPS = /[。！？!?]/gu;

function isStoppedDeck(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_DECK) return false;
  // Chinese text: the grammar read here is that of Chinese newspapers' head groups.
  if (cjkCount(t) * 2 < t.length) return false;
  const stops = t.match(STOPS) ?? [];
  return stops.length === 1 && /[。！？!?][”’」』]?$/u.test(t);
}

export function joinStoppedDecks(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  return withRubricDecks(joinDeckStories(p, blocks, infos), blocks, infos);
}

/** The headline's story holding only the deck, the report after it headless: one report. */
function joinDeckStories(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  if (p.articles.length < 2) return p;
  const out: Plan['articles'] = [];
  let changed = false;
  for (let k = 0; k < p.articles.length; k++) {
    const a = p.articles[k]!;
    const b = p.articles[k + 1];
    const d = a.body.length === 1 ? a.body[0]! : -1;
    const report = b?.body[0];
    const joins =
      b !== undefined &&
      report !== undefined &&
      d >= 0 &&
      b.head.length === 0 &&
      !b.runIn &&
      !a.runIn &&
      a.headline >= 0 &&
      a.head.length >= 2 &&
      Math.max(...a.head) === d - 1 &&
      report === d + 1 &&
      !isLabel(blocks[a.headline]?.text ?? '') &&
      !infos[d]?.dateline &&
      !infos[d]?.byline &&
      !!infos[report]?.dateline &&
      isStoppedDeck(blocks[d]?.text ?? '') &&
      (blocks[report]?.text.length ?? 0) > (blocks[d]?.text.length ?? 0);
    if (!joins) {
      out.push(a);
      continue;
    }
    out.push({ ...a, head: [...a.head, d], body: [...b.body] });
    changed = true;
    k++;
  }
  return changed ? { ...p, articles: out } : p;
}

/** Most head lines a report's head group holds above its deck here: kicker and headline, or a two-line headline. */
const MAX_TITLES = 3;

/**
 * The same head group left as rubrics over a headless datelined report (the page's one story, so no story of the
 * headline's own was read): the group and the deck head that report.
 */
function withRubricDecks(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  const rubric = new Set(p.rubricBlocks);
  let changed = false;
  const articles = p.articles.map((a) => {
    const report = a.body[0];
    if (a.head.length || a.runIn || report === undefined || !infos[report]?.dateline) return a;
    const d = report - 1;
    if (!rubric.has(d) || infos[d]?.title || infos[d]?.dateline || infos[d]?.byline) return a;
    if (!isStoppedDeck(blocks[d]?.text ?? '') || (blocks[report]?.text.length ?? 0) <= (blocks[d]?.text.length ?? 0)) return a;
    const titles: number[] = [];
    for (let t = d - 1; t >= 0 && rubric.has(t) && infos[t]?.title && !infos[t]?.pageLabel && titles.length <= MAX_TITLES; t--) titles.unshift(t);
    if (titles.length < 2 || titles.length > MAX_TITLES) return a;
    const headline = titles[titles.length - 1]!;
    if (isLabel(blocks[headline]?.text ?? '')) return a;
    for (const k of [...titles, d]) rubric.delete(k);
    changed = true;
    return { ...a, head: [...titles, d], headline };
  });
  return changed ? { ...p, articles, rubricBlocks: p.rubricBlocks.filter((k) => rubric.has(k)) } : p;
}
