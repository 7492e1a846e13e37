// An introduction opened by a question under the page's headline: a feature's title line ("在…工作20年是一种什么体验?")
// over the first line of its introduction, a sentence of two clauses closed by its stop ("在一家报社连续工作20年,会有
// 什么样的经历和感受?"), then the introduction's prose. A kicker over a headline is a phrase or a clause of its own;
// the line under the title, parted by a clause mark and closed by a sentence's stop where the title holds no clause
// mark, is the story's first line of text, no headline. Only the page's first headline-like line and the line under it
// are read: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A clause mark inside a line. */
const CLAUSE = /[，,；;]/u;
/** A sentence's stop closing a line. */
const STOP = /[？?！!。]["”’」』]?$/u;
/** The prose under the line: a paragraph at least this long. */
const MIN_PROSE = 40;
/** The introduction's first line is a sentence of a headline's length at most. */
const MAX_LINE = 60;

export function markLeadQuestions(blocks: readonly Block[], infos: BlockInfo[]): void {
  const i = infos.findIndex((info) => info.title);
  if (i < 0 || !infos[i + 1]?.title || infos[i + 2]?.title) return;
  const title = (blocks[i]?.text ?? '').trim();
  const line = (blocks[i + 1]?.text ?? '').trim();
  const below = blocks[i + 2];
  if (!below || below.text.trim().length < MIN_PROSE || infos[i + 2]?.markerOnly) return;
  if (CLAUSE.test(title) || !CLAUSE.test(line) || !STOP.test(line) || line.length > MAX_LINE) return;
  infos[i + 1] = { ...(infos[i + 1] as BlockInfo), title: false, pageLabel: false };
}
