// A log of entries each opened by its clock time and a dash, as local papers print police logs and blotters
// ("7:15 a.m. – Malicious Destruction of Property. An employee of…", "2:40 p.m. — A woman from the 12000 block…").
// A story tells its times inside its sentences; a log opens paragraph after paragraph with one. Each such paragraph
// is an entry of its own where the page opens three or more so; the entry's kind, a few capitalised words closed by
// a stop right after the dash, is its run-in headline.
import type { Block } from '../types';

/** A clock time and a dash opening the paragraph. */
const CLOCK_LEAD = /^(?:\d{1,2}(?::\d{2})?\s*(?:a\.\s?m\.|p\.\s?m\.|am|pm|noon|midnight)|noon|midnight)\s*(?:[—–]|--|-)\s*/i;
/** The entry's kind closed by its stop: up to six words, each capitalised or a short joining word. */
const KIND = /^((?:[A-Z][\p{L}'’/&-]*)(?:\s+(?:[A-Z][\p{L}'’/&-]*|of|and|or|in|on|to|a|the|with|from|into|at|for)){0,5})\.\s+(?=["“]?[A-Z])/u;
const MIN_ENTRIES = 3;

/** Whether the paragraph opens with a clock time and a dash, as a log's entry does. */
export function opensWithClock(text: string): boolean {
  return CLOCK_LEAD.test(text);
}
const MIN_TEXT = 40;

/** For each block, 0 when it opens no entry; else the length of the time, dash and kind to read as its head (1: no kind). */
export function clockItems(blocks: readonly Block[], prose: ArrayLike<number>): number[] {
  const out = blocks.map(() => 0);
  let entries = 0;
  blocks.forEach((b, i) => {
    if (!prose[i] || b.headingLevel !== null) return;
    const lead = CLOCK_LEAD.exec(b.text);
    if (!lead || b.text.length - lead[0].length < MIN_TEXT) return;
    entries++;
    const kind = KIND.exec(b.text.slice(lead[0].length));
    // (A kind of one word is as often the sentence's subject, "Officers responded…": read only with two or more.)
    out[i] = kind?.[1] && kind[1].split(/\s+/).length >= 2 ? lead[0].length + kind[0].length : -1;
  });
  if (entries < MIN_ENTRIES) return blocks.map(() => 0);
  return out;
}
