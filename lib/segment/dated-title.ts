// A page text whose first line carries its date before its headline: a stored copy that prints the page's date field
// ahead of the title on one line (" date 2025-08-27 标题", "2019-05-16 标题"). A headline never opens with a date in
// numeric form (years, months and days parted by dashes, slashes or dots): a story that names a day in its title writes
// it in words ("11月8日,…"). The date, less the field's label, is set on a line of its own, the headline on the next,
// so the line reads as the headline it is. Only the page's first block is looked at (a date line further down, "2020-04-27
// 15:33 来源:…", is the story's meta line): constant work, whatever the page's size. A Latin-script title is read the same
// way (" date 2022-01 SHERIFF RELEASES NEW INFORMATION ON …"): a few words opened by a capital, closed by no sentence
// stop; a date of year and month alone is read only behind the field's label, where it can be nothing but the date.
import type { Block } from '../types';
import type { Origin } from './tail-heads';

/** A field label of Latin letters, a numeric date and its time, then the title after a space. */
const DATED = /^\s*(?:[A-Za-z]{2,12}\s*[:：]?\s*)?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+(?=\S)/u;
/** The field's label, then a date of year and month alone (" date 2022-01 "). */
const LABELLED_MONTH = /^\s*[A-Za-z]{2,12}\s*[:：]?\s*(\d{4}[-/.]\d{1,2})\s+(?=\S)/u;
/** The title after it: of a headline's length, this many Chinese characters at least, no sentence stop, no field label
 * ("来源:…", "作者:…") or bar-parted fields ("| 成都热线 | …") of a meta line. */
const MIN_HAN = 8;
const MAX_TITLE = 80;
const STOP = /[。！？!?；;|｜]/u;
const FIELD = /^\p{Script=Han}{1,4}\s*[:：]/u;
const OPENS = /^[\p{Script=Han}《「“『【(（]/u;
/** A Latin-script title: opened by a capital or a quotation mark, this many words at least, of a headline's length,
 * closed by no sentence stop (a lead run on after the date ends on one). */
const LATIN_OPENS = /^["“‘']?\p{Lu}/u;
const MIN_WORDS = 4;
const MAX_LATIN = 150;
const LATIN_END = /[.。!?！？:：;；]["”’']?$/u;

function isLatinTitle(title: string): boolean {
  if (title.length > MAX_LATIN || !LATIN_OPENS.test(title) || LATIN_END.test(title) || /[|｜]/u.test(title)) return false;
  if (/\p{Script=Han}/u.test(title)) return false;
  return (title.match(/\p{L}[\p{L}'’.-]*/gu) ?? []).length >= MIN_WORDS;
}

function isHanTitle(title: string): boolean {
  if (title.length > MAX_TITLE || STOP.test(title) || FIELD.test(title) || !OPENS.test(title)) return false;
  return (title.match(/\p{Script=Han}/gu) ?? []).length >= MIN_HAN;
}

/** The page with a date field run on before the headline on its first line set on a line of its own, or null. */
export function splitDatedTitle(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const b = blocks[0];
  if (!b || b.text.length > MAX_LATIN + 40) return null;
  const m = DATED.exec(b.text) ?? LABELLED_MONTH.exec(b.text);
  if (!m) return null;
  const title = b.text.slice(m[0].length).trimEnd();
  if (!isHanTitle(title) && !isLatinTitle(title)) return null;
  const dateAt = m[0].indexOf(m[1]!);
  const out: Block[] = [{ ...b, text: m[1]!, headingLevel: null }, { ...b, text: title }, ...blocks.slice(1)];
  const origin: Origin[] = [{ block: 0, offset: dateAt }, { block: 0, offset: m[0].length }, ...blocks.slice(1).map((_, k) => ({ block: k + 1, offset: 0 }))];
  return { blocks: out, origin };
}
