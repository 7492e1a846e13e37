// A one-story page read as headless whose title line sits a few lines into the text, right over a paragraph opened
// by the writer's credit ("本文作者:胡雨薇今年是我…", "作者：…", "文/…"): the lines above it are the editor's
// introduction of the writer (a profile, a column's call for pieces), the line over the credit is the headline.
// Only a page already read as one headless story is touched, so no story is joined or split. Looks at the first
// few blocks of the story only. (withTitleOver is the reading, the lines that sign the title a parameter: cms-lines.ts
// reads a content system's author field and date line so.)
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';

const MAX_TITLE = 60;

/** Where a headless story's title line sits a few lines into its text, and what the lines under it say. */
export interface TitleOver {
  /** How many blocks into the story the title may sit (the lines above it). */
  readonly maxIntro: number;
  /** Blocks of the story under the title that sign it. */
  readonly under: number;
  /** Whether the lines under the title line (block k, the story's j-th) sign it as the story's title. */
  readonly signs: (k: number, j: number, body: readonly number[]) => boolean;
}

/**
 * The plan with the first title line of a headless one-story page that sits a few lines into its text over lines
 * that sign it as the story's headline; the plan as it was where there is none.
 */
export function withTitleOver(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[], over: TitleOver): Plan {
  if (p.articles.length !== 1) return p;
  const a = p.articles[0]!;
  if (a.head.length || a.headline >= 0 || a.runIn) return p;
  for (let j = 1; j < Math.min(a.body.length - over.under, over.maxIntro + 1); j++) {
    const k = a.body[j]!;
    const text = blocks[k]?.text.trim() ?? '';
    if (!infos[k]?.title || !text || text.length > MAX_TITLE) continue;
    if (!over.signs(k, j, a.body)) continue;
    return { ...p, articles: [{ ...a, head: [k], headline: k, body: a.body.filter((b) => b !== k) }] };
  }
  return p;
}

/** A writer's credit opening a paragraph: a label and a colon, slash or bar, then a Han character (the name). */
const CREDIT_OPENING = /^\s*(?:本文作者|作者|撰文|文)\s*[:：/／|｜]\s*[\u3400-\u9fff]/u;

/** The plan with the title line over a credited paragraph as the headless story's headline. */
export function withCreditedTitle(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  // (Up to five blocks in: an introduction's lines above the title; the credit opens the story's next block.)
  return withTitleOver(p, blocks, infos, {
    maxIntro: 5,
    under: 1,
    signs: (k, j, body) => body[j + 1] === k + 1 && CREDIT_OPENING.test(blocks[k + 1]?.text ?? ''),
  });
}
