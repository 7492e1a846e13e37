// Section heads whose text goes on naming what the page's headline named: a feature parts its text with heads
// ("客观报道树立可贵公信力") and the section under one opens on the headline's own subject ("早报即不盲从…" under
// "…早报中国团队接力30年") as a noun the reader already knows, the way a pronoun points back (continued-sections.ts),
// while the head itself says only what the section is about, none of the headline's words. A story of its own on a
// page of several on one subject names that subject again in its own headline ("霧鎖金門小三通停航…" under
// "…金門小三通航線今早停航"). Where every later story of a page text opens on a word of two Han characters or more
// printed in the first story's headline, under a head sharing no two characters in a row with that headline, and no
// story carries a dateline, byline, credit or caption of its own, the page is one story and the heads its sections.
// Each block of the plan is read once, and each head and opening is looked up in the one headline: linear in the page.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import type { ArticleParts } from './article';

/** The longest opening word looked up: a name or noun of two to four characters. */
const MIN_WORD = 2;
const MAX_WORD = 4;
const HAN = /^\p{Script=Han}+/u;
const HAN_PAIR = /^\p{Script=Han}{2}$/u;
/** A headline and a section head are lines: longer, they are no heads (and the look-ups stay bounded). */
export const MAX_HEADLINE = 80;
const MAX_HEAD = 40;

/** The block carries a story's own grammar: a dateline, a byline, a credit, a continuation line or a caption. */
export function ownsGrammar(info: BlockInfo | undefined): boolean {
  return !!info && !!(info.dateline || info.byline || info.openingByline || info.credit || info.from || info.to || info.caption);
}

/** Some line of the story, head or text, carries a story's own grammar (ownsGrammar). */
export function storyOwnsGrammar(a: ArticleParts, infos: readonly BlockInfo[]): boolean {
  return a.head.some((b) => ownsGrammar(infos[b])) || a.body.some((b) => ownsGrammar(infos[b]));
}

/** Whether the text opens on a word of MIN_WORD Han characters or more that the headline prints. */
export function opensOnHeadlineWord(text: string, headline: string): boolean {
  const run = HAN.exec(text)?.[0] ?? '';
  for (let n = Math.min(MAX_WORD, run.length); n >= MIN_WORD; n--) if (headline.includes(run.slice(0, n))) return true;
  return false;
}

/** Whether the head prints two Han characters in a row that the headline prints. */
function sharesPair(head: string, headline: string): boolean {
  for (let i = 0; i + 1 < head.length; i++) {
    const pair = head.slice(i, i + 2);
    if (HAN_PAIR.test(pair) && headline.includes(pair)) return true;
  }
  return false;
}

/** Whether the plan's later stories are sections naming the headline's subject: see the head of this file. */
export function isNamedSectionPage(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): boolean {
  if (p.articles.length < 2) return false;
  const first = p.articles[0]!;
  const top = first.headline >= 0 ? first.headline : titleOverLead(first, infos, new Set(p.rubricBlocks));
  if (top < 0) return false;
  const headline = (blocks[top] as Block).text;
  if (headline.length > MAX_HEADLINE) return false;
  for (const [k, a] of p.articles.entries()) {
    if (k === 0 ? leadOwnsGrammarBelow(a, infos) : storyOwnsGrammar(a, infos)) return false;
    if (k === 0) continue;
    // One head line, or a short kicker over it ("采访老居民" / "“说起现在的幸福生活…”"); the head (what a story of
    // its own would name its subject in) sharing no words with the headline.
    if (a.head.length < 1 || a.head.length > MAX_HEAD_LINES || a.headline !== a.head[a.head.length - 1] || !a.body.length) return false;
    if (a.head.some((h) => (blocks[h] as Block).text.length > MAX_HEAD)) return false;
    if (sharesPair((blocks[a.headline] as Block).text, headline)) return false;
    if (!opensOnHeadlineWord((blocks[a.body[0]!] as Block).text.trim(), headline)) return false;
  }
  return true;
}

/** A section's head lines: the head, and a kicker over it. */
const MAX_HEAD_LINES = 2;

/**
 * The first story's own grammar below its lead: its first paragraph opening on a dateline and a byline is how a
 * story's text opens under its headline, and says nothing of stories of their own further down.
 */
function leadOwnsGrammarBelow(a: ArticleParts, infos: readonly BlockInfo[]): boolean {
  return a.head.some((b) => ownsGrammar(infos[b])) || a.body.some((b, k) => ownsGrammar(k === 0 ? { ...(infos[b] as BlockInfo), dateline: null, openingByline: false, byline: null } : infos[b]));
}

/**
 * A headless first story opening on a dateline: the title line right above it (only lines the plan left out of
 * every story between, a date or source line, a picture's caption), which the plan left as a rubric, is the headline
 * the page's text is told against; else -1. At most MAX_BETWEEN lines are looked at.
 */
function titleOverLead(a: ArticleParts, infos: readonly BlockInfo[], rubrics: ReadonlySet<number>): number {
  const lead = a.body[0];
  if (a.head.length || lead === undefined || !infos[lead]?.dateline) return -1;
  let k = lead - 1;
  while (k >= 0 && k >= lead - MAX_BETWEEN && !infos[k]?.title && (infos[k]?.markerOnly || rubrics.has(k))) k--;
  return k >= 0 && k < lead - 1 && infos[k]?.title && rubrics.has(k) ? k : -1;
}

/** Lines between the title and the datelined lead. */
const MAX_BETWEEN = 4;
