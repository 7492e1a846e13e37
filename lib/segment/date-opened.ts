// A news list whose stored text keeps each entry's date on a line of its own over the entry's summary, but not the
// entries' headlines: date, summary, date, summary… (a day's first entry under the day's heading and its own date, the
// same date twice). A bare date line is no headline (it says when, not what), and each summary under its date lines is
// a headless story of its own, the date lines its meta (rubrics); a label line heading the list alone is its rubric.
// A listing shows its newest entry first: the dates run back in time. A diary's or a timeline's dated sections run
// forward and stay one story's. Read only where three summaries or more each stand alone under their date lines, and
// only over stories the run holds whole. One pass over the blocks and one over the plan's stories.
import type { Block } from '../types';
import type { ArticleParts } from './article';
import type { Plan } from './boundaries';
import { isBareDate } from './date-line';
import { SENTENCE_STOP } from './sentence';

const MIN_SUMMARY = 40;
/** Summaries under date lines that make the page such a listing. */
const MIN_ITEMS = 3;

function isSummary(text: string): boolean {
  const t = text.trim();
  return t.length >= MIN_SUMMARY && SENTENCE_STOP.test(t) && !isBareDate(t);
}

/** A date line's day as a number, NaN where the line is no date the calendar reads. */
function day(text: string): number {
  return Date.parse(text.trim());
}

/** The plan with a run of summaries each under its date lines, dates running back, read as one headless story each. */
export function withDateOpenedSummaries(p: Plan, blocks: readonly Block[]): Plan {
  // The longest run of (date lines, summary) groups, in one pass.
  let best: [number, number, number] | null = null; // [first date line, last summary, items]
  let start = -1;
  let items = 0;
  let last = NaN; // the run's last date
  let dates = 0; // date lines since the last summary
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]?.text ?? '';
    if (isBareDate(t)) {
      const d = day(t);
      if (Number.isNaN(d) || (start >= 0 && !Number.isNaN(last) && d > last)) {
        // An unread date, or one later than the run's last: the run ends; a new one may open here.
        start = Number.isNaN(d) ? -1 : i;
        items = 0;
        dates = Number.isNaN(d) ? 0 : 1;
        last = d;
        continue;
      }
      if (start < 0 || (dates === 0 && items === 0)) start = i;
      dates++;
      last = d;
      continue;
    }
    if (dates > 0 && start >= 0 && isSummary(t)) {
      items++;
      dates = 0;
      if (items >= MIN_ITEMS && (!best || items > best[2])) best = [start, i, items];
      continue;
    }
    start = -1;
    items = 0;
    dates = 0;
    last = NaN;
  }
  if (!best) return p;
  const [from, to] = best;
  const inRun = (k: number) => k >= from && k <= to;
  const kept: ArticleParts[] = [];
  const rubric = new Set(p.rubricBlocks.filter((r) => !inRun(r)));
  for (const a of p.articles) {
    const all = [...a.head, ...a.body];
    const inside = all.filter(inRun).length;
    if (inside === 0) kept.push(a);
    else if (inside !== all.length) {
      // A label heading the list alone: the story's head stands above the run and all its text is the run's.
      if (!a.body.every(inRun) || !a.head.every((k) => k < from) || a.runIn) return p;
      for (const k of a.head) rubric.add(k);
    }
  }
  const stories: ArticleParts[] = [];
  for (let k = from; k <= to; k++) {
    if (isBareDate(blocks[k]?.text ?? '')) rubric.add(k);
    else stories.push({ head: [], headline: -1, body: [k] });
  }
  const firstAfter = kept.findIndex((a) => ([...a.head, ...a.body][0] ?? 0) > to);
  const articles = firstAfter < 0 ? [...kept, ...stories] : [...kept.slice(0, firstAfter), ...stories, ...kept.slice(firstAfter)];
  return { rubricBlocks: [...rubric].sort((x, y) => x - y), articles };
}
