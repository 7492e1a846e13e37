// A headline that lists its story's parts ("…60周年系列之知城、知心、知交、知行") over a part label that is one of them
// ("知城", a label line of its own, no story's headline): the page is one story in named parts, the headline's. The label, the part's own title and its case heads
// below open sections of that story, not stories of their own; left above the first story as rubrics, the headline
// heads them all. Each block is looked at once or twice: linear in the page.
import type { Block } from '../types';
import type { Plan } from './boundaries';

/** Three items or more of a few characters each, parted by 、, closing the line. */
const LISTED = /((?:[\u3400-\u9fff]{2,6}、){2,}[\u3400-\u9fff]{2,6})$/u;
/** The headline-like line is a headline's length at most. */
const MAX_HEADLINE = 60;

const bare = (text: string): string => text.replace(/[\s:：]+/gu, '');

export function withListedParts(p: Plan, blocks: readonly Block[]): Plan {
  if (!p.articles.length) return p;
  // (The first block of any story, read in place: the list of all of them is made only for a listing found.)
  let first = Infinity;
  for (const a of p.articles) for (const part of [a.head, a.body]) for (const k of part) first = Math.min(first, k);
  const story = p.articles.find((a) => a.head.includes(first) || a.body.includes(first));
  // (A page of no blocks plans stories of none: nothing to read.)
  if (!story || !story.body.length) return p;
  // The listing line: a rubric above the first story, or a line of its head group above its headline.
  const above = [...p.rubricBlocks.filter((r) => r < first), ...story.head.filter((h) => h < story.headline)];
  const listing = above.find((r) => {
    const t = (blocks[r]?.text ?? '').trim();
    return t.length <= MAX_HEADLINE && LISTED.test(t);
  });
  if (listing === undefined) return p;
  const [head = '', ...items] = (LISTED.exec((blocks[listing]?.text ?? '').trim())?.[1] ?? '').split('、');
  // (The first item runs on from the words before it, "…系列之知城": the label is its end.)
  const named = (label: string): boolean => label.length >= 2 && (items.includes(label) || head.endsWith(label));
  // The label of a listed part stands between the listing line and the first story's text.
  const firstBody = story.body.reduce((m, k) => Math.min(m, k), Infinity);
  let labelled = false;
  // (A digest's title listing its items' headlines, "【一分钟看世界】联合国大会、中美贸易战、…", heads each item with
  // one: a headline of a story, no label over a part's title.)
  const heads = new Set(p.articles.map((a) => a.headline));
  for (let k = listing + 1; k < firstBody && !labelled; k++) labelled = !heads.has(k) && named(bare(blocks[k]?.text ?? ''));
  if (!labelled) return p;
  const all = p.articles.flatMap((a) => [...a.head, ...a.body]);
  const last = all.reduce((m, k) => Math.max(m, k), -1);
  const body = [...new Set([...all, ...p.rubricBlocks.filter((r) => r > listing && r < last)])].filter((k) => k > listing).sort((x, y) => x - y);
  const rubricBlocks = [...new Set([...p.rubricBlocks.filter((r) => r < listing || r > last), ...all.filter((k) => k < listing)])].sort((x, y) => x - y);
  return { articles: [{ head: [listing], headline: listing, body }], rubricBlocks };
}
