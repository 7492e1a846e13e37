// The parts of one story inside a run of blocks: its headline group and body (headAndBody, pickHeadline), and what
// the text above a page's first story start is — a story of its own, that story's headline and picture, or banners.
import type { Block } from '../types';
import type { ArticleParts } from './article';
import { isPlaceholder, opensStory, type BlockInfo } from './classify';
import { looksLikeHeading, titleMatch } from './headline';
import { isLabel, isRoundupIntro } from './facts';
import { namesBriefsColumn } from './kicker-heads';
import type { Candidate } from './starts';
import { headNumber } from './numbers';
import { isDatelineLine } from './dateline';
import { lostHeadBrief } from './lost-head';
import { hasSiteTail } from './head-tail';
import { isSectionOverview } from './overview';

/** The largest run of headline-like lines taken as kicker + headline + deck. */
export const MAX_HEAD = 3;

export function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}

/** Picks the headline inside a headline group: a title match, then layout, then a deck marked by a dash. */
export function pickHeadline(head: number[], blocks: Block[], title: string | undefined): number {
  if (!head.length) return -1;
  let best = -1;
  let bestScore = 0.6;
  for (const h of head) {
    const s = titleMatch(blocks[h]?.text ?? '', title);
    if (s > bestScore) {
      best = h;
      bestScore = s;
    }
  }
  if (best >= 0) return best;
  // The one numbered line of the group ("2 标题" over a picture's caption) is the item's headline.
  const numbered = head.filter((h) => headNumber(blocks[h]?.text ?? '') > 0);
  if (numbered.length === 1) return numbered[0] as number;
  const levels = head.map((h) => blocks[h]?.headingLevel ?? 99);
  const top = levels.reduce((m, l) => Math.min(m, l), Infinity);
  if (top < 99 && levels.filter((l) => l === top).length === 1) return head[levels.indexOf(top)] ?? -1;
  const emphasised = head.filter((h) => blocks[h]?.emphasis);
  if (emphasised.length === 1) return emphasised[0] ?? -1;
  // (A dateline on a line of its own under the headline, "RUGBY, Dec. 5", is none of the group's headlines; nor is a
  // picture's placeholder line ("图片") between the headline and the byline.)
  const undashed = head.filter((h) => !/^\s*[—-]/.test(blocks[h]?.text ?? '') && !isDatelineLine(blocks[h]?.text ?? '') && !isPlaceholder(blocks[h]?.text ?? ''));
  if (head.length === 3 && undashed.length === 3) return head[1] ?? -1;
  // The one line closed by a bar and the site's name ("…｜Yahoo") is the page's title line: the headline.
  const titled = undashed.filter((h) => hasSiteTail(blocks[h]?.text ?? ''));
  if (titled.length === 1 && undashed.length > 1) return titled[0] as number;
  if (undashed.length === 2) {
    // Kicker (引题) or deck (副题)? Two parallel phrases set apart by a space mark the kicker/deck;
    // otherwise the line nearest the story is the headline, as 引题 sits above it.
    const spaced = undashed.filter((h) => /[\u3400-\u9fff]\s+[\u3400-\u9fff]/.test(blocks[h]?.text ?? ''));
    if (spaced.length === 1) return undashed.find((h) => h !== spaced[0]) ?? -1;
    return undashed[1] ?? -1;
  }
  return undashed[0] ?? head[0] ?? -1;
}

/** Within one known story: the headline is its first heading (or headline-like line), a deck may follow. */
export function headAndBody(idx: number[], blocks: Block[], infos: BlockInfo[], title: string | undefined): ArticleParts {
  const nearby = idx.slice(0, 6);
  let h = nearby.find((k) => blocks[k]?.headingLevel !== null && infos[k]?.title);
  if (h === undefined) h = nearby.find((k) => blocks[k] && looksLikeHeading(blocks[k]) && infos[k]?.title);
  if (h === undefined && infos[idx[0] ?? -1]?.title) h = idx[0];
  if (h === undefined) return { head: [], headline: -1, body: idx };
  const pos = idx.indexOf(h);
  const head = idx.slice(0, pos + 1).filter((k) => infos[k]?.title);
  let p = pos + 1;
  // A deck: headline-like lines right below, before the byline / dateline / first paragraph.
  while (p < idx.length && p - pos <= 2 && infos[idx[p] ?? -1]?.title && !opensStory(infos[idx[p] ?? -1])) {
    const after = infos[idx[p + 1] ?? -1];
    // (A section label alone, "Graduations", over the text is the headline group's too: no paragraph of the story.)
    if (!after || !(opensStory(after) || after.title || looksLikeHeading(blocks[idx[p] ?? -1] as Block) || (p === pos + 1 && isLabel(blocks[idx[p] ?? -1]?.text ?? '')))) break;
    head.push(idx[p] ?? -1);
    p++;
  }
  const before = idx.slice(0, pos).filter((k) => !infos[k]?.title);
  return { head, headline: pickHeadline(head, blocks, title) === -1 ? h : h, body: [...before, ...idx.slice(p)] };
}

/** Prose enough to be a story of its own rather than a standfirst or a banner. */
export const MIN_STORY_PROSE = 160;
/** The words of a site's notices and promotions: privacy, cookies, browsers, apps, subscriptions, "click here" (a view count, 浏览量, is none). */
export const NOTICE =
  /隐私|隱私|cookie|JavaScript|browser|瀏覽器|浏览器|瀏覽(?!量|次數)|浏览(?!量|次数)|订阅|訂閱|退订|退訂|請按這裡|请按这里|点击|點擊|電子報|电子报|APP|app\b|下載|下载|subscribe|sign up|newsletter/i;
/** A run that opens like a story (dateline, byline) needs a sentence of its own to be one. */
const MIN_OPENED_PROSE = 20;

/**
 * A run of blocks outside the stories a reading found: a story of its own when it opens like one (dateline,
 * byline) or holds prose enough; otherwise page banners and standfirsts, kept as rubrics.
 */
export function keepRun(
  run: number[],
  blocks: Block[],
  infos: BlockInfo[],
  title: string | undefined,
  articles: ArticleParts[],
  rubricBlocks: number[],
  lead = false,
  /** Dated column names the page prints over each edition (facts.ts): items' titles, not the column's name. */
  edition?: Uint8Array,
): 'opened' | 'story' | 'rubric' {
  if (!run.length) return 'rubric';
  let prose = 0;
  let opens = false;
  let column = false;
  for (const k of run) {
    const info = infos[k];
    if (info?.title && !edition?.[k] && namesBriefsColumn(blocks[k]?.text ?? '')) column = true;
    if (!info || info.title || info.markerOnly) continue;
    // A caption with its credit (on the caption or on the line below) is a picture story of its own.
    if (opensStory(info, infos[k + 1])) opens = true;
    // The text after a dateline: a dateline over a line or two ("新华社北京3月22日电国际新闻早报:") heads a round-up.
    // A site's notices (privacy, browser, app, subscription) are no story's text.
    // Nor is a round-up's standfirst ("以下是本周热点新闻的盘点:") a story's, nor a section's overview (overview.ts).
    if (!info.byline && !NOTICE.test(blocks[k]?.text ?? '') && !isRoundupIntro(blocks[k]?.text ?? '') && !isSectionOverview(k, blocks, infos)) prose += (blocks[k]?.text.length ?? 0) - (info.dateline?.length ?? 0);
  }
  // Under a briefs column's name, text that does not open like a story is the column's standfirst or notice.
  // Above a page's first story start, prose under no headline of its own is the page's standfirst (an
  // introduction to a special page of titled items), not a story.
  // (A lead of several paragraphs telling a story of their own, as a sports roundup opens with its main game whose
  // headline is the page's title, is that story: an introduction is a paragraph or two.)
  const headless = lead && !run.some((k) => infos[k]?.title) && !isHeadlessLead(run, blocks, infos);
  // (A headline of its own under the column's name, set off by the page's markup (a list item, a heading, bold)
  // over a story's worth of text, heads the column's first story.)
  // (Several whole paragraphs under the column's name above its first start are its first brief, headline lost.)
  const lost = column && lead && !opens ? lostHeadBrief(run, blocks, infos) : null;
  if (lost) {
    rubricBlocks.push(...lost.banners);
    articles.push(lost.item);
    return 'opened';
  }
  const story = opens ? prose >= MIN_OPENED_PROSE : (!column || markedHead(run, blocks, infos, edition)) && !headless && prose >= MIN_STORY_PROSE;
  if (prose > 0 && story) {
    // A headline over the run's text, under lines of their own (a folio line, a notice): those lines are banners.
    let at = run.length - 1;
    while (at > 0 && !infos[run[at] as number]?.title) at--;
    const above = run.slice(0, at);
    const own = !opens && at > 0 && infos[run[at] as number]?.title && headedText(run, blocks, infos, edition);
    if (own && above.reduce((n, k) => n + (infos[k]?.title ? 0 : (blocks[k]?.text.length ?? 0)), 0) < MIN_STORY_PROSE) {
      rubricBlocks.push(...above.filter((k) => !infos[k]?.markerOnly));
      articles.push(headAndBody(run.slice(at), blocks, infos, title));
      return 'story';
    }
    // A section label alone over a story that opens by itself ("主頁" / "【本報消息】…") is the page's, not its headline.
    let from = 0;
    while (opens && lead && from < run.length - 1 && infos[run[from] as number]?.title && isLabel(blocks[run[from] as number]?.text ?? '') && !infos[run[from + 1] as number]?.title) rubricBlocks.push(run[from++] as number);
    articles.push(headAndBody(run.slice(from), blocks, infos, title));
    return opens ? 'opened' : 'story';
  }
  rubricBlocks.push(...run.filter((k) => !infos[k]?.markerOnly));
  return 'rubric';
}

/** Paragraphs of a headless lead above the page's first start that make it a story of its own. */
const LEAD_PARAGRAPHS = 4;

/** A headless run of several whole paragraphs, none of them introducing what follows (no colon closing one). */
function isHeadlessLead(run: number[], blocks: Block[], infos: BlockInfo[]): boolean {
  const paras = run.filter((k) => !infos[k]?.markerOnly && (blocks[k]?.text.length ?? 0) >= 40);
  return paras.length >= LEAD_PARAGRAPHS && paras.length === run.length && paras.every((k) => /[.!?]["”’)]?$/.test(blocks[k]?.text.trim() ?? '') && !isRoundupIntro(blocks[k]?.text ?? ''));
}

/** The run's last headline-like line is set off by markup (a list item, a heading, bold) over a story's text. */
function markedHead(run: number[], blocks: Block[], infos: BlockInfo[], edition?: Uint8Array): boolean {
  let at = run.length - 1;
  while (at > 0 && !infos[run[at] as number]?.title) at--;
  const b = blocks[run[at] as number];
  return !!b && (b.tag === 'li' || b.headingLevel !== null || !!b.emphasis) && headedText(run, blocks, infos, edition);
}

/** The run ends in a story's worth of text right under a headline-like line (not a label, not a column's name). */
export function headedText(run: number[], blocks: Block[], infos: BlockInfo[], edition?: Uint8Array): boolean {
  let text = 0;
  for (let q = run.length - 1; q >= 0; q--) {
    const k = run[q] as number;
    const info = infos[k];
    if (!info?.title) {
      if (!info?.markerOnly && !info?.byline) text += blocks[k]?.text.length ?? 0;
      continue;
    }
    const t = blocks[k]?.text ?? '';
    return text >= MIN_STORY_PROSE && !info.pageLabel && !isLabel(t) && (!!edition?.[k] || !namesBriefsColumn(t));
  }
  return false;
}

/**
 * A first story with no headline of its own (it starts at its dateline) under headline lines in the lead, with only
 * its picture's credited caption, a source or date line or a byline between: those lines are its headline.
 */
export function withLeadHeadline(taken: Candidate[], blocks: Block[], infos: BlockInfo[]): Candidate[] {
  const first = taken[0];
  if (!first || first.head !== first.body || first.runIn) return taken;
  let k = first.head - 1;
  let caption = false;
  while (k >= 0 && !infos[k]?.title) {
    const info = infos[k] as BlockInfo;
    const pictured = !!info.credit || !!infos[k + 1]?.byline?.photographers.length || !!info.byline?.photographers.length;
    if (!(info.markerOnly || info.byline || pictured)) return taken;
    caption ||= pictured;
    k--;
  }
  if (k < 0 || !caption) return taken;
  let h = k;
  while (h > 0 && k - h < MAX_HEAD - 1 && infos[h - 1]?.title && !infos[h - 1]?.pageLabel && !isLabel(blocks[h - 1]?.text ?? '')) h--;
  return [{ ...first, head: h, body: k + 1 }, ...taken.slice(1)];
}
