// Full stories loaded one under another: a news page whose site loads earlier stories in full below its own (an
// "infinite scroll" article page) prints each of them as the page prints its own: an h1, a date or by-line line
// right under it, then paragraphs of its own text. A later h1 with that head and text starts a story of its own,
// whatever the page states of itself (one article in its structured data). Weaker evidence does not: a list of
// related teasers (headline and one line, no date line), a story's h2/h3 section heads, a comment thread.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { singlePlan, type Plan } from './boundaries';
import { isBareDate } from './date-line';
import { isMetaLine } from './meta-lines';

/** How many blocks under the h1 the date or by-line line may sit (a kicker, a deck, "Published", an age line). */
const HEAD_SPAN = 6;
/** A date or by-line line is a line, not a paragraph. */
const MAX_LINE = 80;
/** Paragraphs of its own text each story must hold (a teaser has one). */
const MIN_PARAGRAPHS = 3;
/** A paragraph: prose of at least this many characters. */
const MIN_PARAGRAPH = 80;
const HAN_DATE = /^\D{0,8}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;

function isDateOrByline(b: Block, info: BlockInfo | undefined): boolean {
  const t = b.text.trim();
  if (!t || t.length > MAX_LINE || b.headingLevel !== null) return false;
  return !!info?.byline || isBareDate(t) || isMetaLine(t) || HAN_DATE.test(t);
}

function paragraphs(blocks: readonly Block[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const b = blocks[k]!;
    if (b.headingLevel === null && b.tag !== 'li' && b.tag !== 'figcaption' && b.text.trim().length >= MIN_PARAGRAPH) n++;
  }
  return n;
}

/**
 * The h1 blocks after the page's first that each start a full story of their own: a date or by-line line within
 * HEAD_SPAN blocks under it and MIN_PARAGRAPHS paragraphs before the next h1; the page's own story above the first
 * of them must hold as many paragraphs. [] when the page holds no such second story.
 */
export function fullStoryStarts(blocks: readonly Block[], infos: readonly BlockInfo[]): number[] {
  const h1s: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (blocks[i]!.headingLevel === 1) h1s.push(i);
  if (h1s.length < 2) return [];
  const starts: number[] = [];
  for (let k = 1; k < h1s.length; k++) {
    const h = h1s[k]!;
    const end = h1s[k + 1] ?? blocks.length;
    let dated = false;
    for (let j = h + 1; j < Math.min(end, h + 1 + HEAD_SPAN) && !dated; j++) dated = isDateOrByline(blocks[j]!, infos[j]);
    if (dated && paragraphs(blocks, h + 1, end) >= MIN_PARAGRAPHS) starts.push(h);
  }
  if (!starts.length || paragraphs(blocks, h1s[0]!, starts[0]!) < MIN_PARAGRAPHS) return [];
  return starts;
}

/**
 * The page read as its full stories, each from one start to the next read as a one-story page (its kicker over
 * its h1, its text under it); the first under the page's title. Null when the page holds no second full story.
 */
export function fullStoriesPlan(blocks: Block[], infos: BlockInfo[], title: string | undefined): Plan | null {
  const starts = fullStoryStarts(blocks, infos);
  if (!starts.length) return null;
  // A kicker line right over a later h1 (a section label) goes with that story.
  const cuts = [0, ...starts.map((s) => (s > 0 && blocks[s - 1]!.headingLevel !== null && blocks[s - 1]!.headingLevel! > 1 && blocks[s - 1]!.text.trim().length <= MAX_LINE / 2 ? s - 1 : s)), blocks.length];
  const out: Plan = { articles: [], rubricBlocks: [] };
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k]!;
    const p = singlePlan(blocks.slice(from, cuts[k + 1]), infos.slice(from, cuts[k + 1]), k === 0 ? title : undefined);
    const at = (i: number) => i + from;
    for (const a of p.articles) out.articles.push({ ...a, head: a.head.map(at), headline: a.headline < 0 ? -1 : at(a.headline), body: a.body.map(at) });
    out.rubricBlocks.push(...p.rubricBlocks.map(at));
  }
  return out;
}
