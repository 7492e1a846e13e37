// A head of two parts parted by a dash, its first in capitals ("PEPA – Universitätsklinikum Heidelberg (UKHD)", "FAQ
// – What changes in May"), reads like a bare dateline ("NEW YORK — Shares fell …"). A dateline opens a sentence that
// runs on and closes with a stop; here the dash is followed by a phrase of a few words that closes the line with
// none, and the text starts on the next line: a subhead, no dateline opening a story of its own (issue 12: a
// one-story page cut in two at such a head). One test of one line: linear in the page.
import type { DatelineMatch } from './dateline';
import { isPhraseHead, type PhraseShape } from './phrase-head';

/** The head's second part: a phrase of a few words (a sentence's start runs on), closed as no sentence or clause is. */
const SECOND_PART: PhraseShape = { maxWords: 8, closed: /[.!?:;,]["”’]?$/u, digitLead: true };

/** The bare dateline read at the start of `line` is the first part of a head of two parts. */
export function isTwoPartHead(line: string, read: DatelineMatch): boolean {
  const d = read.dateline;
  if (d.source || d.date || d.kind !== 'dateline') return false;
  return isPhraseHead(line.slice(read.length), SECOND_PART);
}
