// A story with no headline of its own in the text (its body alone, copied without the title), opening on its lead's
// prose and going on under phrase heads ("Too few drivers", "Who will pay more?"), read as the sections' stories with
// the lead left out as page furniture (issue 12: one story is one article; the lead's text was lost). The lead is
// prose above the first story that no story took; where the sections under it keep its words on the whole (lexical
// cohesion, cohesion.ts: the mean smoothed share of each section's words found above it), carry nothing of a story's
// own (no dateline, byline or picture) and are headed by phrases or questions of a few words, the lead and the
// sections are one story. A page of briefs under an introduction shares little with it. Each block and section is
// read once: linear in the page.
import type { Block, SegmentedArticle } from '../types';
import type { Plan } from './boundaries';
import { contentWords, shareAbove } from './cohesion';
import { isPhraseHead, type PhraseShape } from './phrase-head';

/** A paragraph of the lead: prose of this length, closed by a stop. */
const MIN_PROSE = 100;
const STOPPED = /[.!?]["”’')]?$/u;
/** Sections enough to weigh. */
const MIN_SECTIONS = 2;
/** A head of a few words: a phrase or a question, no sentence closed by a stop, no number. */
const SECTION_HEAD: PhraseShape = { maxWords: 10, closed: /[.!]["”’']?$/u, digitLead: false };
/** The mean smoothed share of the sections' words found above them. */
const MEAN_COHESIVE = 0.12;

/** One story of the lead and the plan's stories, or null where the page is no such story. */
export function leadSectionsPlan(p: Plan, blocks: readonly Block[], articles: readonly SegmentedArticle[]): Plan | null {
  if (articles.length < MIN_SECTIONS || articles.length !== p.articles.length) return null;
  const firstAt = Math.min(...(p.articles[0]?.head.length ? p.articles[0].head : (p.articles[0]?.body ?? [])));
  const lead = p.rubricBlocks.filter((k) => k < firstAt && (blocks[k]?.text ?? '').trim().length >= MIN_PROSE && STOPPED.test((blocks[k]?.text ?? '').trim()));
  if (!lead.length) return null;
  if (articles.some((a) => a.dateline || a.byline || a.photo || !isPhraseHead(a.headline, SECTION_HEAD))) return null;
  const above = new Set<string>();
  for (const k of lead) contentWords(blocks[k]?.text ?? '', above);
  let sum = 0;
  for (const a of articles) {
    const own = new Set<string>();
    contentWords(a.headline, own);
    for (const t of a.paragraphs) contentWords(t, own);
    sum += shareAbove(own, above);
    for (const w of own) above.add(w);
  }
  if (sum / articles.length < MEAN_COHESIVE) return null;
  const body = [...lead];
  for (const a of p.articles) body.push(...a.head, ...a.body);
  body.sort((x, y) => x - y);
  const taken = new Set(lead);
  return { articles: [{ head: [], headline: -1, body }], rubricBlocks: p.rubricBlocks.filter((k) => !taken.has(k)) };
}
