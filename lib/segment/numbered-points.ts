// Numbered points of lists inside one story, read as stories of their own (issue 12: one story is one article). An
// explainer sets what is known and what is not as numbered points under heads ("What We Do Know" / "1. …" "2. …",
// "What We Don't Know" / "1. …"), each list numbered from one again; a page of briefs numbers its stories once, from
// its first to its last. So where every later story of a reading is a numbered point (headless, or under a phrase
// head), the numbering starts again at one at least once, nothing carries a story's own dateline, byline or picture,
// and the points keep the words of the text above them (lexical cohesion, cohesion.ts), the points are the first
// story's. The stories are read once each: linear in the page.
import type { SegmentedArticle } from '../types';
import { contentWords, shareAbove } from './cohesion';
import { SUBHEAD } from './continued-sections';
import { isPhraseHead } from './phrase-head';

/** A point's number opening its first paragraph: "1. ", "2) ". */
const POINT = /^\s*(\d{1,2})[.)]\s+\S/u;
/** The numbering starts again this many times or more (two lists or more). */
const MIN_RESTARTS = 1;
/** The smoothed share of the points' words found in the text above them (cohesion.ts's COHESIVE). */
const COHESIVE = 0.05;

/** Whether the reading's later stories are the numbered points of lists inside its first. */
export function isNumberedPoints(articles: readonly SegmentedArticle[]): boolean {
  if (articles.length < 3) return false;
  const lead = articles[0] as SegmentedArticle;
  if (!lead.headline.trim() || !lead.paragraphs.length) return false;
  if (articles.some((a) => a.dateline || a.byline || a.photo)) return false;
  let last = 0;
  let restarts = 0;
  const above = new Set<string>();
  contentWords(lead.headline, above);
  for (const p of lead.paragraphs) contentWords(p, above);
  const own = new Set<string>();
  for (let k = 1; k < articles.length; k++) {
    const a = articles[k] as SegmentedArticle;
    if (a.headline.trim() && !isPhraseHead(a.headline, SUBHEAD)) return false;
    const m = POINT.exec(a.paragraphs[0] ?? '');
    if (!m) return false;
    const n = Number(m[1]);
    if (n === 1 && last > 0) restarts++;
    else if (n !== last + 1) return false;
    last = n;
    if (a.headline.trim()) contentWords(a.headline, above);
    for (const p of a.paragraphs) contentWords(p, own);
  }
  if (restarts < MIN_RESTARTS) return false;
  return shareAbove(own, above) >= COHESIVE;
}
