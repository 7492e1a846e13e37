// A page text whose first line carries its date before its headline: a stored copy that prints the page's date field
// ahead of the title on one line (" date 2025-08-27 标题", "2019-05-16 标题"). A headline never opens with a date in
// numeric form (years, months and days parted by dashes, slashes or dots): a story that names a day in its title writes
// it in words ("11月8日,…"). The date, less the field's label, is set on a line of its own, the headline on the next,
// so the line reads as the headline it is. Only the page's first block is looked at (a date line further down, "2020-04-27
// 15:33 来源:…", is the story's meta line): constant work, whatever the page's size.
import type { Block } from '../types';
import type { Origin } from './tail-heads';

/** A field label of Latin letters, a numeric date and its time, then the title after a space. */
const DATED = /^\s*(?:[A-Za-z]{2,12}\s*[:：]?\s*)?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+(?=\S)/u;
/** The title after it: of a headline's length, this many Chinese characters at least, no sentence stop, no field label
 * ("来源:…", "作者:…") or bar-parted fields ("| 成都热线 | …") of a meta line. */
const MIN_HAN = 8;
const MAX_TITLE = 80;
const STOP = /[。！？!?；;|｜]/u;
const FIELD = /^\p{Script=Han}{1,4}\s*[:：]/u;
const OPENS = /^[\p{Script=Han}《「“『【(（]/u;

/** The page with a date field run on before the headline on its first line set on a line of its own, or null. */
export function splitDatedTitle(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const b = blocks[0];
  if (!b || b.text.length > MAX_TITLE + 40) return null;
  const m = DATED.exec(b.text);
  if (!m) return null;
  const title = b.text.slice(m[0].length).trimEnd();
  if (title.length > MAX_TITLE || STOP.test(title) || FIELD.test(title) || !OPENS.test(title)) return null;
  if ((title.match(/\p{Script=Han}/gu) ?? []).length < MIN_HAN) return null;
  const dateAt = m[0].indexOf(m[1]!);
  const out: Block[] = [{ ...b, text: m[1]!, headingLevel: null }, { ...b, text: title }, ...blocks.slice(1)];
  const origin: Origin[] = [{ block: 0, offset: dateAt }, { block: 0, offset: m[0].length }, ...blocks.slice(1).map((_, k) => ({ block: k + 1, offset: 0 }))];
  return { blocks: out, origin };
}
