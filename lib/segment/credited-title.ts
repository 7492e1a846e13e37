// A one-story page read as headless whose title line sits a few lines into the text, right over a paragraph opened
// by the writer's credit ("本文作者:胡雨薇今年是我…", "作者：…", "文/…"): the lines above it are the editor's
// introduction of the writer (a profile, a column's call for pieces), the line over the credit is the headline.
// Only a page already read as one headless story is touched, so no story is joined or split. Looks at the first
// few blocks of the story only.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';

/** How many blocks into the story the title may sit (the introduction's lines above it). */
const MAX_INTRO_BLOCKS = 5;
const MAX_TITLE = 60;
/** A writer's credit opening a paragraph: a label and a colon, slash or bar, then a Han character (the name). */
const CREDIT_OPENING = /^\s*(?:本文作者|作者|撰文|文)\s*[:：/／|｜]\s*[\u3400-\u9fff]/u;

/** The plan with the title line over a credited paragraph as the headless story's headline. */
export function withCreditedTitle(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  if (p.articles.length !== 1) return p;
  const a = p.articles[0]!;
  if (a.head.length || a.headline >= 0 || a.runIn) return p;
  for (let j = 1; j < Math.min(a.body.length - 1, MAX_INTRO_BLOCKS + 1); j++) {
    const k = a.body[j]!;
    const text = blocks[k]?.text.trim() ?? '';
    if (!infos[k]?.title || !text || text.length > MAX_TITLE) continue;
    if (a.body[j + 1] !== k + 1 || !CREDIT_OPENING.test(blocks[k + 1]?.text ?? '')) continue;
    return { ...p, articles: [{ ...a, head: [k], headline: k, body: a.body.filter((b) => b !== k) }] };
  }
  return p;
}
