// A feature's title over its first section head: a piece built of sections, each under a head of one form, a short
// name, a colon and a phrase ("王应睐:科学需要人的全部生命去探索" … "张香桐:搞科研要有“仙人掌精神”"), opens with its
// title line straight over the first section's head. The two lines read as a headline group (a kicker over a
// headline), but the lower one has the form of the heads inside the text: it is the first section's head, the text's
// own, and the line above it is the headline. One pass over each story's blocks: linear in the page.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';

/** A section head: a short name, a colon, a phrase, on a line of its own with no stop closing it. */
const SECTION_HEAD = /^\s*([\p{Script=Han}·]{2,6}|\p{Lu}[\p{L}.' -]{1,30})\s*[:：]\s*\S.{2,30}$/u;
const STOPPED = /[。！？!?.;；]\s*$/u;

function isSectionHead(text: string): boolean {
  return SECTION_HEAD.test(text) && !STOPPED.test(text);
}

function name(text: string): string {
  return (SECTION_HEAD.exec(text)?.[1] ?? '').trim();
}

/** The plan with each story headed by its title where its headline line is the first of its text's section heads. */
export function withFirstSectionHead(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  let changed = false;
  const articles = p.articles.map((a) => {
    const h = a.headline;
    const at = a.head.indexOf(h);
    if (h < 0 || a.runIn || at < 1 || at !== a.head.length - 1) return a;
    const head = (blocks[h] as Block).text;
    const over = a.head[at - 1] as number;
    if (!isSectionHead(head) || isSectionHead((blocks[over] as Block).text) || !infos[over]?.title) return a;
    // A head of the same form, another name's, among the story's text lines.
    const own = name(head);
    const later = a.body.some((b) => infos[b]?.title && isSectionHead((blocks[b] as Block).text) && name((blocks[b] as Block).text) !== own);
    if (!later) return a;
    changed = true;
    return { ...a, head: a.head.slice(0, at), headline: over, body: [h, ...a.body] };
  });
  return changed ? { ...p, articles } : p;
}
