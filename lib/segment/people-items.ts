// Columns of items about people, as local papers print students' honours and deaths: paragraph after paragraph
// opened by a person's full name and where they are from or their age ("Nicole Sotack of Jackson was named…",
// "Connor Hamilton, of Strasburg, was…", "Mary Buffett, 82, the mother of…"). A story names its people in one
// paragraph and goes on about them in the next ("She was born…"); a column's items each open on a new one. Read
// where three paragraphs or more open so and they are most of the page's paragraphs.
import type { Block } from '../types';

/** A full name (a nickname or an initial inside allowed) then ", of Town", " of Town", ", 82," or ", a/an/the …". */
const NAME_LEAD =
  /^[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+["“][^"”]{1,20}["”])?(?:\s+(?:Mc|Mac|O’|O')?[A-Z][\p{Ll}'’-]+(?:-[A-Z][\p{Ll}]+)?){1,3}(?:,?\s+(?:Jr\.|Sr\.|III|II))?(?:,\s+(?:of\s+[A-Z]|\d{1,3},|a\s|an\s|the\s)|\s+of\s+[A-Z])/u;
const MIN_ITEMS = 3;
const MIN_TEXT = 60;

export function peopleItems(blocks: readonly Block[], prose: ArrayLike<number>, titles: (k: number) => boolean): Uint8Array {
  const out = new Uint8Array(blocks.length);
  let paragraphs = 0;
  let named = 0;
  blocks.forEach((b, i) => {
    if (!prose[i] || titles(i) || b.headingLevel !== null || b.text.length < MIN_TEXT) return;
    paragraphs++;
    if (NAME_LEAD.test(b.text)) {
      out[i] = 1;
      named++;
    }
  });
  return named >= MIN_ITEMS && named * 3 >= paragraphs * 2 ? out : new Uint8Array(blocks.length);
}

/** A full name opening the paragraph, a nickname or an initial inside allowed, then a comma. */
const NAME_COMMA = /^[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\p{Ll}'’-]+)?(?:\s+["“][^"”]{1,20}["”])?(?:\s+(?:Mc|Mac|O’|O')?[A-Z][\p{Ll}'’-]+){1,2},\s/u;
/** The death told in the first sentence: "died Sunday", "died Thursday in Fairhope", "died … at age 114". */
const DIED = /\bdied\s+(?:on\s+|early\s+|late\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday)\b|\bdied\b[^.]{0,60}\bat (?:the )?age (?:of )?\d/;
const FIRST_SENTENCE = /^.*?[a-z0-9)"”][.!?](?=\s+["“]?[A-Z]|$)/;

/**
 * Deaths columns: paragraphs whose first sentence names a person and tells the death ("Yukichi Chuganji, a retired
 * silkworm breeder…, died Sunday at age 114.") each open an obituary where the page holds two or more; the
 * paragraphs after each go on about that person. (One obituary names its relatives as "His brother, …" or with the
 * year they died, "…died in 1990": no day of the week, no age.)
 */
export function deathItems(blocks: readonly Block[], prose: ArrayLike<number>, titles: (k: number) => boolean): Uint8Array {
  const out = new Uint8Array(blocks.length);
  let n = 0;
  blocks.forEach((b, i) => {
    if (!prose[i] || titles(i) || b.headingLevel !== null || !NAME_COMMA.test(b.text)) return;
    const first = FIRST_SENTENCE.exec(b.text)?.[0] ?? b.text;
    if (DIED.test(first)) {
      out[i] = 1;
      n++;
    }
  });
  return n >= 2 ? out : new Uint8Array(blocks.length);
}
