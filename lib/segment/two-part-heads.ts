// A head of two parts parted by a dash, its first in capitals ("PEPA – Universitätsklinikum Heidelberg (UKHD)", "FAQ
// – What changes in May"), reads like a bare dateline ("NEW YORK — Shares fell …"). A dateline opens a sentence that
// runs on and closes with a stop; here the dash is followed by a phrase of a few words that closes the line with
// none, and the text starts on the next line: a subhead, no dateline opening a story of its own (issue 12: a
// one-story page cut in two at such a head). One test of one line: linear in the page.
import type { DatelineMatch } from './dateline';

/** Words after the dash that make a head's second part, not a sentence's start. */
const MAX_PHRASE_WORDS = 8;
/** The line closes as a sentence or a clause does. */
const CLOSED = /[.!?:;,]["”’]?$/u;

/** The bare dateline read at the start of `line` is the first part of a head of two parts. */
export function isTwoPartHead(line: string, read: DatelineMatch): boolean {
  const d = read.dateline;
  if (d.source || d.date || d.kind !== 'dateline') return false;
  const rest = line.slice(read.length).trim();
  if (!rest || CLOSED.test(rest)) return false;
  return rest.split(/\s+/).length <= MAX_PHRASE_WORDS;
}
