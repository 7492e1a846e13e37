// Han characters each followed by their pinyin reading in brackets: "中新網(wǎng)廣州3月8日電", "北方日報(bào)訊". Some
// copying sites convert a story to Traditional characters and print, after each converted one, its reading in
// round brackets with tone marks. The readings are no words of the text, yet they stand inside the fixed phrases
// the grammars read (an outlet's dateline), which then read nothing. This gives the head of such a line with the
// readings taken out, and the way back to the line's own offsets, so a reader can read the head as the paper
// printed it and report lengths in the line as given. A reading is a bracket right after a Han character holding
// one pinyin syllable with a tone mark (so "(記者李小明)", "(CNN)" or "(www)" are never one). Only the head is
// looked at (a bounded number of characters): constant work a line.
import { isHan } from '../figures/chars';

/** One syllable: lower-case letters (ü) with at least one vowel carrying a tone mark. */
const READING = /^[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/u;
/** How much of a line's head is looked at. */
const HEAD = 60;

export interface BareHead {
  /** The head with its readings taken out. */
  text: string;
  /** For each character of `text`, the offset in the line just past it and the reading after it. */
  ends: number[];
}

/** The line's head without its bracketed pinyin readings, or null when the head carries none. */
export function headWithoutReadings(line: string): BareHead | null {
  const head = line.slice(0, HEAD);
  if (!head.includes('(') && !head.includes('（')) return null;
  let text = '';
  const ends: number[] = [];
  let found = false;
  for (let i = 0; i < head.length; i++) {
    const c = head[i] as string;
    text += c;
    let end = i + 1;
    if (isHan(c.charCodeAt(0))) {
      const m = READING.exec(head.slice(end, end + 10));
      if (m) {
        end += m[0].length;
        found = true;
      }
    }
    ends.push(end);
    i = end - 1;
  }
  return found ? { text, ends } : null;
}

/** The line's offset for a length of the bare head. */
export function lineLength(bare: BareHead, length: number): number {
  return length <= 0 ? 0 : (bare.ends[Math.min(length, bare.ends.length) - 1] as number);
}
