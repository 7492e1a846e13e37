// Two readings of a page beside the scored segmentation (boundaries.ts): a column of headless briefs under a briefs
// column's name, and a heading outline (h2 + paragraphs) whose sections are stories of their own.
import type { Block } from '../types';
import type { ArticleParts } from './article';
import type { Plan } from './boundaries';
import { opensStory, type BlockInfo } from './classify';
import { withoutPageRef } from './page-refs';
import { namesDigest } from './digest-title';
import { BRIEFS_HEAD, isLabel, MAX_INTRO, type PageFacts } from './facts';
import { stripSiteName } from './headline';
import { isSectionOverview, overviewNamesItems } from './overview';
import { headAndBody, keepRun, range } from './parts';
import { runInHeads } from './starts';
import { endsSentence } from './sentence';

/**
 * A column of headless briefs: under a briefs column name, nothing but section labels and whole paragraphs,
 * each paragraph an item ("News In Brief" / "The US" / one paragraph per story). Read only when no other
 * start is on the page.
 */
/** A brief is a paragraph of this many characters or more; the lines a column prints over its first one are fewer. */
const MIN_BRIEF = 80;
const STANDFIRST_LINES = 4;

export function byBriefColumn(blocks: Block[], infos: BlockInfo[], facts: PageFacts): Plan | null {
  const at = blocks.slice(0, 5).findIndex((b, k) => (infos[k]?.title || isNamingLeadIn(b.text)) && BRIEFS_HEAD.test(b.text));
  if (at < 0) return null;
  const rubricBlocks = range(0, at + 1);
  const articles: ArticleParts[] = [];
  // Right under the name, a strapline and the edition's lines ("Catch up quickly…", "Updated 3 hours ago").
  let from = at + 1;
  // (Or the column's description and promotion, which speak to the reader: "Your daily news summary…", "Get your…".)
  while (from < blocks.length && from - at <= STANDFIRST_LINES && ((blocks[from]?.text.length ?? 0) < MIN_BRIEF || addressesReader(blocks[from]?.text ?? ''))) rubricBlocks.push(from++);
  // (Or the writer's introduction, a paragraph or two of prose closed by a colon that announces the briefs below:
  // "… So the weekend that was:" over the items. A section's name set as a short lead-in is a label, read below.)
  const intro = announcingIntro(from, blocks, infos, facts);
  while (from < intro) rubricBlocks.push(from++);
  const runIns = runInHeads(blocks, facts);
  for (let k = from; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    // Section labels in the column: "The US", "World", "国际".
    // (Or a digest's numbered section naming its news, set as a lead-in: "二、國外熱點新聞:".)
    if (facts.furniture[k] || (infos[k]?.title && (isLabel(b.text) || b.text.split(/\s+/).length <= 3)) || (isNamingLeadIn(b.text) && BRIEFS_HEAD.test(b.text))) {
      rubricBlocks.push(k);
      continue;
    }
    if (infos[k]?.title || !facts.prose[k] || !endsSentence(withoutPageRef(b.text)) || b.text.length < MIN_BRIEF || b.text.length > 2000) return null;
    // An item may open with a run-in head in capitals ("KOREA North Korea is…"): that is its headline.
    const runIn = runIns[k] ?? 0;
    articles.push(runIn > 0 ? { head: [], headline: -1, body: [k], runIn } : { head: [], headline: -1, body: [k] });
  }
  return articles.length >= 3 ? { articles, rubricBlocks } : null;
}

/** An introduction is at most this many paragraphs. */
const INTRO_PARAGRAPHS = 2;
/**
 * The block after a column's introduction: one or two prose paragraphs right under its name, the last closed by a
 * colon and long enough to be a sentence (not a section's lead-in name), with more blocks under it; `from` if none.
 */
function announcingIntro(from: number, blocks: Block[], infos: BlockInfo[], facts: PageFacts): number {
  for (let k = from; k < from + INTRO_PARAGRAPHS && k + 1 < blocks.length; k++) {
    const text = blocks[k]?.text.trim() ?? '';
    if (infos[k]?.title || !facts.prose[k] || text.length < MIN_BRIEF) return from;
    if (/[:：]$/.test(text)) return k + 1;
  }
  return from;
}

/** A short block speaking to the reader (you, your, 您, 你): a column's description or promotion, never a brief. */
const READER = /\b(?:you|your)\b|您|你/i;
function addressesReader(text: string): boolean {
  return text.length < MAX_INTRO && READER.test(text);
}

/** A digest's section name set as a short lead-in ending on a colon ("一、国内热点新闻:"), not as a headline line. */
const LEAD_IN_NAME = 30;
function isNamingLeadIn(text: string): boolean {
  const t = text.trim();
  return t.length <= LEAD_IN_NAME && /[:：]$/.test(t);
}

export function byHeadings(blocks: Block[], infos: BlockInfo[], title: string | undefined): Plan | null {
  const count = (l: number) => blocks.filter((b) => b.headingLevel === l).length;
  const h1 = blocks.findIndex((b) => b.headingLevel === 1);
  let level = -1;
  for (let l = 1; l <= 4 && level < 0; l++) if (count(l) >= 2) level = l;
  if (level < 0) return null;
  const heads = blocks.map((b, i) => (b.headingLevel === level ? i : -1)).filter((i) => i >= 0);
  // One h1 with prose under it before the first section heading is one story with subheads;
  // an h1 sitting right on top of the h2s is the page's own name.
  if (count(1) === 1 && level > 1) {
    // (A section's overview under its label is no lede: it sums up the items below, overview.ts.)
    const lede = range(h1 + 1, heads[0] ?? blocks.length).some((i) => !infos[i]?.title && (blocks[i]?.text.length ?? 0) > 80 && !isSectionOverview(i, blocks, infos));
    if (lede) return null;
  }
  // Each heading must lead some prose, else this is a list of links, not stories.
  const prose = heads.filter((h, k) => {
    const end = heads[k + 1] ?? blocks.length;
    return range(h + 1, end).some((i) => !infos[i]?.title && (blocks[i]?.text.length ?? 0) > 40);
  });
  if (prose.length < 2 || prose.length < heads.length * 0.6) return null;
  // Headings alone are a post's sections or a listicle's items: stories of their own say so under their heading
  // (a dateline, a byline, a credit) in two sections at least.
  const opened = heads.filter((h, k) => {
    const end = Math.min(heads[k + 1] ?? blocks.length, h + 4);
    return range(h + 1, end).some((i) => opensStory(infos[i], infos[i + 1]));
  });
  // A page titled by a section's name ("Local news | Town Post") is a section front: its headings are its stories.
  const name = title ? stripSiteName(title) : '';
  // (So is a digest whose section overview names two of its headings or more: overview.ts.)
  // (And a page whose headline names a digest, "Yahoo早報", "新闻早班车": its headings are its items, digest-title.ts.)
  if (opened.length < 2 && !(name && (!isPhrase(name) || namesDigest(name))) && !overviewNamesItems(blocks, infos)) return null;
  const articles: ArticleParts[] = [];
  const rubricBlocks: number[] = [];
  // Above the first heading of the outline: page banners, or a story of its own set under another heading level.
  keepRun(range(0, heads[0] ?? 0), blocks, infos, title, articles, rubricBlocks);
  heads.forEach((h, k) => {
    const end = heads[k + 1] ?? blocks.length;
    articles.push(headAndBody(range(h, end), blocks, infos, title));
  });
  return { articles, rubricBlocks };
}

/** A section label is a word or two; a kicker (引题) is a phrase of its own. */
export function isPhrase(text: string): boolean {
  const t = text.trim();
  return /[\u3400-\u9fff]/.test(t) ? t.replace(/\s+/g, '').length >= 6 : t.split(/\s+/).length >= 3;
}
