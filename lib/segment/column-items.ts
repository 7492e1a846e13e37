// An e-paper page of one column's headlined items: the column's rubric (文化短波, 这些天的那些事儿, its host's line)
// stands over the paper's print source line ("《 光明日报 》( 2013年11月23日 09 版)"), and right under that line
// comes a headline over its paragraph, then more headlines over theirs. An article page prints its one story's
// headline above the source line and its text right under it (source-head.ts); a headline under the source line
// says the line above it is the column's, and each headline over a paragraph below opens one of its items. A short
// line opened by a dash right under an item's paragraph and closed by a stop ("——雷锋叔叔终于有常住户口了!") is the
// columnist's quip on that item: its last line, no deck of the next headline. One pass over the blocks.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { isLabel } from './facts';
import { isSourceLine } from './source-head';
import type { Candidate } from './starts';

/** An item's headline is a line: some 30 characters. */
const MAX_HEAD = 32;
/** A line opened by a long dash: a deck under a headline, or a quip under a paragraph. */
const DASHED = /^\s*(?:——|──|--)\s*\S/;
/** A quip is closed by a stop. */
const STOPPED = /[。！？!?]\s*$/;
/** Items that make a column. */
const MIN_ITEMS = 2;
/** What a column's headline says for a start (a headline group of two lines or more says some 3). */
const COLUMN_START = 3;

function isItemHead(k: number, blocks: readonly Block[], infos: readonly BlockInfo[], prose: Int32Array): boolean {
  const t = blocks[k]?.text.trim() ?? '';
  return !!infos[k]?.title && !infos[k]?.pageLabel && t.length <= MAX_HEAD && !isLabel(t) && !DASHED.test(t) && !!prose[k + 1];
}

/** The headlines of the column's items, in page order, or null where the page is no column of items. */
export function columnItemHeads(blocks: readonly Block[], infos: readonly BlockInfo[], prose: Int32Array): number[] | null {
  let at = -1;
  for (let k = 0; k < blocks.length; k++) {
    if (!isSourceLine(blocks[k]?.text ?? '')) continue;
    // (A page printing the source line twice or more is a listing of its own.)
    if (at >= 0) return null;
    at = k;
  }
  if (at < 0 || !isItemHead(at + 1, blocks, infos, prose)) return null;
  const heads = [at + 1];
  for (let k = at + 3; k < blocks.length - 1; k++) {
    if (!isItemHead(k, blocks, infos, prose)) continue;
    // Right under a paragraph, or under the quip closing one.
    if (prose[k - 1] || isQuip(k - 1, blocks, prose)) heads.push(k);
  }
  return heads.length >= MIN_ITEMS ? heads : null;
}

function isQuip(k: number, blocks: readonly Block[], prose: Int32Array): boolean {
  const t = blocks[k]?.text.trim() ?? '';
  return DASHED.test(t) && STOPPED.test(t) && t.length <= 2 * MAX_HEAD && !!prose[k - 1];
}

/** The column's headlines as starts, each over its paragraph: starts read on a quip or a headline give way. */
export function withColumnItems(cands: Candidate[], blocks: readonly Block[], heads: readonly number[] | null): Candidate[] {
  if (!heads) return cands;
  const n = blocks.length;
  const covered = new Uint8Array(n + 1);
  for (const h of heads) covered.fill(1, Math.max(0, h - 1), h + 2);
  const byHead: Candidate[][] = Array.from({ length: n }, () => []);
  for (const c of cands) if (!covered[c.head] && !covered[c.body]) byHead[c.head]!.push(c);
  for (const h of heads) byHead[h]!.push({ head: h, body: h + 1, kind: 'head-plain', score: COLUMN_START, runIn: 0 });
  return byHead.flat();
}
