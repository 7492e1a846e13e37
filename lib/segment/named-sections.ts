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
  if (first.headline < 0) return false;
  const headline = (blocks[first.headline] as Block).text;
  if (headline.length > MAX_HEADLINE) return false;
  for (const [k, a] of p.articles.entries()) {
    if (storyOwnsGrammar(a, infos)) return false;
    if (k === 0) continue;
    if (a.head.length !== 1 || a.headline !== a.head[0] || !a.body.length) return false;
    const head = (blocks[a.headline] as Block).text;
    if (head.length > MAX_HEAD || sharesPair(head, headline)) return false;
    if (!opensOnHeadlineWord((blocks[a.body[0]!] as Block).text.trim(), headline)) return false;
  }
  return true;
}
