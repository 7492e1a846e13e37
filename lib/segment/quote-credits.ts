// A quotation's credit line under it: a testimonial, a pull-quote or an embedded post in Latin-script text is
// printed as the quoted words, then a line opened by a dash naming who said them ("– Anna K.", "— Jane Doe
// (@jdoe) November 3, 2019"). The line closes the quotation above; it heads nothing below, however much it looks
// like a short headline line over the next paragraph. An embedded post's credit, its handle in brackets, is no
// paragraph of the story's own either: article.ts runs it on to the post's words above as their attribution, and
// starts the story's next paragraph afresh under it (isPostCredit).
import type { Block } from '../types';
import type { Candidate } from './starts';

/** A line opened by a dash, then a Latin-script name or handle; no Chinese ("——标题" sets off a Chinese headline). */
const CREDIT_LINE = /^\s*[-–—―]\s*[@\p{Script=Latin}]/u;
/** The quoted words' end: a closing quote, or a post's link ("pic.twitter.com/…", "https://t.co/…"). */
const QUOTE_END = /(?:[”"’»]|\bpic\.twitter\.com\/\w+|https?:\/\/\S+)\s*$/u;
/** The credit names a handle in brackets, as an embedded post's does: it closes a quotation wherever it stands. */
const HANDLE = /\(@\w+\)/;
/** An embedded post's credit line: a dash, a name, the handle in brackets, the date ("— Jane Doe (@jdoe) May 3, 2019"). */
export function isPostCredit(text: string): boolean {
  return CREDIT_LINE.test(text) && HANDLE.test(text) && text.length <= 120 && !/[\u3400-\u9fff]/.test(text);
}

/** What a credit line loses as a story start: more than any plain headline line's support. */
const CREDIT = 4;

function isQuoteCredit(k: number, blocks: readonly Block[]): boolean {
  const line = blocks[k]?.text ?? '';
  if (!CREDIT_LINE.test(line) || /[\u3400-\u9fff]/.test(line)) return false;
  return HANDLE.test(line) || QUOTE_END.test(blocks[k - 1]?.text ?? '');
}

/** The candidate starts, those headed by a quotation's credit line losing CREDIT. */
export function withQuoteCredits(cands: readonly Candidate[], blocks: readonly Block[]): Candidate[] {
  return cands.map((c) => (c.head > 0 && c.head < c.body && isQuoteCredit(c.head, blocks) ? { ...c, score: c.score - CREDIT } : c));
}
