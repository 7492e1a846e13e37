// A one-story page whose text is set in parts headed by Chinese numerals ("一、信阳市区交通状况实时更新", "二、…")
// under its title line: the first part head is a section head of the story, not its headline; the title line over
// it, left above the story as a rubric, is the headline. One pass over the story's blocks.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';

/** A part head: a Chinese numeral, 、 and a short head. */
const PART_HEAD = /^\s*([一二三四五六七八九十])\s*、\s*\S/u;
const MAX_PART_HEAD = 40;
const MAX_TITLE = 60;

function partNumber(text: string): string {
  return text.trim().length <= MAX_PART_HEAD ? (PART_HEAD.exec(text)?.[1] ?? '') : '';
}

/** The plan with the title line over a one-story page's first part head as its headline, the part head in its text. */
export function withPartTitle(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  if (p.articles.length !== 1) return p;
  const a = p.articles[0]!;
  if (a.head.length !== 1 || a.runIn) return p;
  const head = a.head[0]!;
  if (partNumber(blocks[head]?.text ?? '') !== '一' || !a.body.some((k) => partNumber(blocks[k]?.text ?? '') === '二')) return p;
  const title = head - 1;
  const text = blocks[title]?.text.trim() ?? '';
  if (!p.rubricBlocks.includes(title) || !infos[title]?.title || !text || text.length > MAX_TITLE || partNumber(text)) return p;
  return {
    rubricBlocks: p.rubricBlocks.filter((k) => k !== title),
    articles: [{ ...a, head: [title], headline: title, body: [head, ...a.body] }],
  };
}
