// Meta lines of a list page: under each headline a line of fields parted by bars, one of them a date ("Writer, Paper |
// Label | June 13, 2017"), then the item's teaser. The meta line is the item's source and date (furniture, facts.ts);
// where the page prints two or more, the line above each is the item's headline whatever its look (one ending in
// the site's "..."), and the line below it is the item's text whatever its look (a teaser with no stop, "Trump very
// well may be under investigation now"), unless another meta line follows it (an item with no teaser).
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const FIELDS = /\s[|｜]\s/;
const MAX_META = 160;
const MAX_FIELD = 24;
/** A date in a field: "June 13, 2017", "Jun. 13", "2017-06-13", "6月13日". */
const DATE_FIELD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{1,2}\s*月\s*\d{1,2}\s*日/;
const MIN_META = 2;
/** A headline above a meta line is a line, not a paragraph. */
const MAX_HEAD = 200;

/** A line of three fields or more parted by bars, one of them a date. */
export function isMetaLine(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_META || !(t.includes('|') || t.includes('｜')) || !FIELDS.test(t)) return false;
  const fields = t.split(FIELDS).map((f) => f.trim());
  return fields.length >= 3 && fields.some((f) => f.length <= MAX_FIELD && DATE_FIELD.test(f) && !/[.!?。！？]$/.test(f));
}

export function markMetaLines(blocks: Block[], infos: BlockInfo[]): void {
  const metas: number[] = [];
  blocks.forEach((b, i) => {
    if (isMetaLine(b.text) && !infos[i]?.dateline) metas.push(i);
  });
  if (metas.length < MIN_META) return;
  const meta = new Set(metas);
  for (const i of metas) {
    const above = infos[i - 1];
    if (above && !above.title && !above.dateline && !above.byline && !meta.has(i - 1) && (blocks[i - 1]?.text.length ?? 0) <= MAX_HEAD) infos[i - 1] = { ...above, title: true };
    const below = infos[i + 1];
    if (below?.title && !meta.has(i + 1) && !meta.has(i + 2)) infos[i + 1] = { ...below, title: false };
  }
}
