// A journal's news column set under section labels spaced out letter by letter ("会 议", "经 科", "华 教"): the
// labels are the column's rubrics, and under them every paragraph that opens as a news report does (a date or a
// time word in its first words: "2020年11月24日,…", "日前,…", "海南省委统战部日前在海口召开…") is a headless item of
// its own; a paragraph that does not goes on with the item above it. Read only where the page is nothing else: short
// head lines above the first label (breadcrumb, column name, issue title), then only spaced labels and whole
// paragraphs, two labels at least, three items at least, two of them opening a paragraph inside a section (so that a
// section is a run of reports, not one text under its heading). A story's subheads are phrases, not a word spaced
// out, and an academic text's spaced heads ("引 言", "结 论") lead paragraphs that open on no date.
// One pass over the blocks.
import type { Block } from '../types';
import type { ArticleParts } from './article';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';

/** Two to four Chinese characters, each set apart by spaces. */
const SPACED_LABEL = /^[\u3400-\u9fff](?:[ \u3000\u00a0]+[\u3400-\u9fff]){1,3}$/;
/** A news report's opening: a date or a time word in its first words. */
const TIME_LEAD = /^[^。！？!?]{0,12}?(?:\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|日前|近日|近期|昨日|昨天|今日|前不久|上周|本周|日内)/;
const STOP = /[。！？!?…”」』]\s*$/;
const MIN_LABELS = 2;
const MIN_ITEMS = 3;
/** Items opening a paragraph inside a section, not right under its label. */
const MIN_INNER = 2;
const MIN_PARAGRAPH = 20;
const MAX_PARAGRAPH = 2000;
/** Head lines above the first label are short (a breadcrumb, the column's name, the title). */
const MAX_HEAD_LINE = 40;

export function isSpacedLabel(text: string): boolean {
  return SPACED_LABEL.test(text.trim());
}

function isParagraph(text: string, info: BlockInfo | undefined): boolean {
  const t = text.trim();
  return !!info && !info.title && !info.markerOnly && !info.byline && !info.caption && t.length >= MIN_PARAGRAPH && t.length <= MAX_PARAGRAPH && STOP.test(t);
}

/** The plan with a spaced-label news column read as its headless items, where the page is one. */
export function withSpacedLabelItems(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  const n = blocks.length;
  let first = -1;
  for (let k = 0; k < n && first < 0; k++) {
    const t = blocks[k]?.text ?? '';
    if (isSpacedLabel(t)) first = k;
    else if (t.trim().length > MAX_HEAD_LINE || STOP.test(t)) return p;
  }
  if (first < 0) return p;
  const rubricBlocks: number[] = [];
  for (let k = 0; k <= first; k++) rubricBlocks.push(k);
  const articles: ArticleParts[] = [];
  let labels = 1;
  let inner = 0;
  let underLabel = true;
  for (let k = first + 1; k < n; k++) {
    const t = blocks[k]?.text ?? '';
    if (isSpacedLabel(t)) {
      // A label over no paragraph is no section of items.
      if (underLabel) return p;
      labels++;
      underLabel = true;
      rubricBlocks.push(k);
      continue;
    }
    if (!isParagraph(t, infos[k])) return p;
    const opens = TIME_LEAD.test(t.trim());
    if (underLabel || opens) {
      if (!underLabel) inner++;
      articles.push({ head: [], headline: -1, body: [k] });
    } else (articles[articles.length - 1] as ArticleParts).body.push(k);
    underLabel = false;
  }
  if (underLabel || labels < MIN_LABELS || articles.length < MIN_ITEMS || inner < MIN_INNER || articles.length <= p.articles.length) return p;
  return { articles, rubricBlocks };
}
