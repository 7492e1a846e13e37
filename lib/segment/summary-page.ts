// An article page opening on its summary line ("摘要:…"), as content systems print it above the article: the
// summary is the article's own first characters cut at a length, so its text opens a paragraph of the page further
// down. A page whose summary line opens one of its own paragraphs is that one article's page, so the later heads over
// text opening on no dateline, byline, continuation marker or credit are the article's part heads, however long (an
// essay's part head of two clauses, "有幸成为…,把…留给…", runs longer than its headline and reads as a story's
// headline on its own; issue 12, round 45). A page of several stories prints no summary that opens its first
// story's text, or heads its later stories with a dateline or a byline, and stands. Looks at the page's first lines
// for the summary and compares it once with the start of each block: linear.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import { opensStory, type BlockInfo } from './classify';

/** The summary line: its label (摘要, 内容摘要, 提要, 导读), a colon, the summary. */
const SUMMARY = /^\s*(?:内容|內容)?(?:摘要|提要|导读|導讀)\s*[:：]\s*(\S.*?)[\s….]*$/u;
/** The summary stands among the page's first lines. */
const SUMMARY_REACH = 4;
/** A summary this long at least: a few words could open any paragraph. */
const MIN_SUMMARY = 20;

/** The page's summary line and the block it opens (null: no summary line, or none it opens). */
export function summaryEcho(blocks: readonly Block[]): { line: number; echo: number } | null {
  for (let i = 0; i < Math.min(blocks.length, SUMMARY_REACH); i++) {
    const m = SUMMARY.exec(blocks[i]?.text ?? '');
    if (!m || m[1]!.length < MIN_SUMMARY) continue;
    const summary = m[1]!;
    for (let k = i + 1; k < blocks.length; k++) if ((blocks[k]?.text ?? '').trimStart().startsWith(summary)) return { line: i, echo: k };
    return null;
  }
  return null;
}

/** A page opening on a summary of its own text is one article: later heads over unmarked text are its part heads. */
export function withSummaryPage(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  if (p.articles.length < 2) return p;
  const found = summaryEcho(blocks);
  if (!found) return p;
  const first = p.articles[0]!;
  if (!first.body.includes(found.echo)) return p;
  const rest = p.articles.slice(1);
  const parts = rest.every((a) => a.headline >= 0 && a.head.length === 1 && !a.runIn && a.body.length > 0 && !opensStory(infos[a.body[0]!], infos[a.body[1] ?? -1]));
  if (!parts) return p;
  const body = [...first.body, ...rest.flatMap((a) => [...a.head, ...a.body])].sort((x, y) => x - y);
  return { ...p, articles: [{ ...first, body }] };
}
