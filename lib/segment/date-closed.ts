// A listing whose stored text keeps each entry's summary and, under it, the entry's date on a labelled line of its
// own ("日期:2020-04-09", "Date: 2020-04-09") but not the entries' headlines: summary, date, summary, date… A date
// line is no headline (it says when, not what), and each summary over its date line is a headless story of its own,
// the date line its meta (a rubric). Read only where three summaries or more each stand alone between date lines, and
// only over stories the run holds whole. One pass over the blocks and one over the plan's stories.
import type { Block } from '../types';
import type { ArticleParts } from './article';
import type { Plan } from './boundaries';
import { SENTENCE_STOP } from './sentence';

/** A date field on a line alone: its label, a colon and a date (a time after it may be given). */
const DATE_LINE =
  /^(?:日期|時間|时间|發佈日期|发布日期|發布日期|刊登日期|更新日期|Date|Posted(?: on)?|Published(?: on)?)\s*[:：]\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/i;
const MIN_SUMMARY = 40;
/** Summaries closed so that make the page such a listing. */
const MIN_ITEMS = 3;

function isDateLine(text: string): boolean {
  return text.length <= 40 && DATE_LINE.test(text.trim());
}

/** The plan with a run of summaries each closed by its date line read as one headless story each. */
export function withDateClosedSummaries(p: Plan, blocks: readonly Block[]): Plan {
  // The longest run of (summary, date line) pairs, each summary the one block between two date lines.
  let best: [number, number] | null = null;
  let start = -1;
  let pairs = 0;
  for (let i = 1; i < blocks.length; i++) {
    if (!isDateLine(blocks[i]?.text ?? '')) continue;
    const t = (blocks[i - 1]?.text ?? '').trim();
    const summary = t.length >= MIN_SUMMARY && SENTENCE_STOP.test(t) && !isDateLine(t);
    if (summary && start >= 0 && i - 2 >= 0 && isDateLine(blocks[i - 2]?.text ?? '')) pairs++;
    else if (summary) {
      start = i - 1;
      pairs = 1;
    } else {
      start = -1;
      pairs = 0;
    }
    if (start >= 0 && pairs >= MIN_ITEMS && (!best || i - start > best[1] - best[0])) best = [start, i];
  }
  if (!best) return p;
  const [from, to] = best;
  const inRun = (k: number) => k >= from && k <= to;
  const kept: ArticleParts[] = [];
  for (const a of p.articles) {
    const all = [...a.head, ...a.body];
    const inside = all.filter(inRun).length;
    if (inside === 0) kept.push(a);
    else if (inside !== all.length) return p;
  }
  const items: ArticleParts[] = [];
  const dates: number[] = [];
  for (let k = from; k <= to; k += 2) {
    items.push({ head: [], headline: -1, body: [k] });
    dates.push(k + 1);
  }
  const firstAfter = kept.findIndex((a) => ([...a.head, ...a.body][0] ?? 0) > to);
  const articles = firstAfter < 0 ? [...kept, ...items] : [...kept.slice(0, firstAfter), ...items, ...kept.slice(firstAfter)];
  const rubric = new Set(p.rubricBlocks.filter((r) => !inRun(r)));
  for (const d of dates) rubric.add(d);
  return { rubricBlocks: [...rubric].sort((x, y) => x - y), articles };
}
