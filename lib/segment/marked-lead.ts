// A column of bulleted briefs that opens the page with no title above it: the first brief ("• A local library
// director insisted…") stands above the first story start the reading found, and prose above the first start under
// no headline is read as the page's standfirst (parts.ts), so the first brief was lost among the rubrics. A
// standfirst speaks about the items in plain prose; a paragraph marked with the same bullet as the headless items
// under it is one of them. Where the run above the first start is nothing but such whole bulleted paragraphs (and
// furniture), the first opened by the items' bullet and the others going on with it unmarked, and the first start is a headless item opened by that bullet, the run is the column's first item.
// Looks at the run above the first start and the first start's block once: linear.
import type { Block } from '../types';
import type { ArticleParts } from './article';
import type { BlockInfo } from './classify';
import type { Candidate } from './starts';

/** A bullet before a paragraph's text, captured. */
const BULLET = /^\s*([•·▪●◆■□▶►])\s*\S/;
/** A whole paragraph: long enough to be a brief, closed by a sentence stop. */
const MIN_BRIEF = 40;
const CLOSED = /[.!?。！？]["”’)]?\s*$/;

function bulletOf(text: string): string | null {
  return BULLET.exec(text)?.[1] ?? null;
}

/**
 * The first item made of `run`, the blocks above the page's first start, where they are bulleted briefs as the
 * headless items below are; null otherwise.
 */
export function markedLeadItem(run: readonly number[], first: Candidate | undefined, blocks: readonly Block[], infos: readonly BlockInfo[]): ArticleParts | null {
  if (!first || first.kind !== 'item' || first.head !== first.body || first.runIn) return null;
  const mark = bulletOf(blocks[first.body]?.text ?? '');
  if (!mark) return null;
  const body: number[] = [];
  for (const k of run) {
    const info = infos[k];
    if (!info || info.markerOnly) continue;
    const text = blocks[k]?.text ?? '';
    if (info.title || info.dateline || info.byline || text.length < MIN_BRIEF || !CLOSED.test(text)) return null;
    // The run opens with the items' bullet (an introduction would speak unmarked); a paragraph after it with no
    // mark goes on with that brief, one with a mark would be a brief of its own.
    if (body.length ? bulletOf(text) !== null : bulletOf(text) !== mark) return null;
    body.push(k);
  }
  return body.length ? { head: [], headline: -1, body } : null;
}
