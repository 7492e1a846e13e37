// A guide's or review's entry closed by its practical details in brackets after its last sentence:
// "…see what she has in stock in person. (Kilometer 18, Route de Ouarzazate; 212-6644-14653; example.com)",
// "…值得专程一去。（地址：翠湖南路12号；电话：0871-63123456）". Shop, restaurant and hotel guides end each entry
// so; the bracket is the entry's address card, not words the page cut off, so the story ends complete although
// its very last character is no sentence stop. Read on the tail only: one bracket of at most 160 characters with
// no bracket inside, holding a telephone number (a run of seven or more digits parted only by spaces, dashes or
// points) and at least one other part (parted from it by a semicolon or comma), right after a sentence's end.
// What the card says is not read; here it only answers "is this an end" (signed-end.ts answers it for sign-offs).
import { endsSentence } from './sentence';
import { execAtEnd, lastNonSpace } from './tail';

/** One bracket at the very end, 8 to 160 characters, no bracket inside. */
const CARD = /[(（]([^()（）]{8,160})[)）]\s*$/;
/** A run of digits parted only by spaces, dashes and points (a telephone number when it holds seven or more). */
const DIGIT_RUN = /\+?\d[\d \-.\u2010-\u2013]*\d/g;
const PARTS = /[;；,，]/;

function holdsPhone(inner: string): boolean {
  for (const m of inner.matchAll(DIGIT_RUN)) {
    let digits = 0;
    for (const ch of m[0]) if (ch >= '0' && ch <= '9') digits++;
    if (digits >= 7) return true;
  }
  return false;
}

/** Whether the text ends a sentence and then a bracketed address card holding a telephone number. */
export function endsContactNote(text: string): boolean {
  const last = lastNonSpace(text);
  if (last !== ')' && last !== '）') return false;
  const m = execAtEnd(CARD, text);
  if (!m || m.index === 0) return false;
  const inner = m[1] ?? '';
  const parts = inner.split(PARTS).filter((p) => p.trim().length > 0);
  return parts.length >= 2 && holdsPhone(inner) && endsSentence(text.slice(0, m.index));
}
