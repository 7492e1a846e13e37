// A broadcast script's audio cue left as a line of its own in a radio station's web copy: the cut's name, "OC" (its
// out-cue) and the cut's last words, then the cut's running time after a colon ("SHOTSBL1 OC… STRIKING THE SUSPECT.
// :20", "MAYOR2 OC...FOR THE CITY. :14", "VOTE3 O/C: next year. :09"). The script tells the board operator when
// the tape stops; it is no sentence of the story: furniture (furniture-lines.ts), never a headline and never a
// paragraph (English plain-text round 8). The line is a cut's name of capitals and figures, the out-cue mark, a few
// words, and the running time closing the line: all four are required, so a sentence is never read as one. One
// pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_CUE = 90;
/** The cut's name, the out-cue mark, its last words, a running time of seconds (or minutes and seconds). */
const CUE_LINE = /^[A-Z][A-Z0-9_-]{1,15}\s+(?:OC|O\/C|OUTCUE|OUT-CUE)\b[:.…\s]*\S.{0,70}?\s+(?:\d{1,2})?:\d{2}$/u;

/** Whether the line is an audio cut's cue and nothing more ("SHOTSBL1 OC… STRIKING THE SUSPECT. :20"). */
export function isCueLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_CUE && CUE_LINE.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const CUE_LINE_TEST: FurnitureTest = { test: isCueLine, maxLength: MAX_CUE };
