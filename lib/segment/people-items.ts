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
