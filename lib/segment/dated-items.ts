// Items each opened by their own date: a community bulletin's or a newsletter's news, each a headline over a
// paragraph that opens with the day it happened ("7月18日,为纪念…", "8月5日,首届…"). A story's subheads lead
// paragraphs that go on from the text above; headlines whose text each opens on its own full date, again and
// again, are a list of news, on a web page with a title of its own as on a page text.
import type { Block } from '../types';

/** A paragraph opening with a month and day and a comma (a year before them may be given). */
const DATED_OPENING = /^\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]/;
/** Headlines a page shows so before it reads them as a list of news. */
const MIN_DATED = 3;

/** Whether the texts under the given headline starts (their first paragraphs' indices) each open on their date. */
export function datedItems(bodies: readonly number[], blocks: readonly Block[]): boolean {
  if (bodies.length < MIN_DATED) return false;
  return bodies.every((k) => DATED_OPENING.test(blocks[k]?.text ?? ''));
}
