// A column of numbered headlines, each over a one-line summary ("10 Things to Know": "4. YET ANOTHER ACCUSER
// SURFACES" / "British police are investigating …", "5. AUSTRIA ON COURSE FOR RIGHTWARD TURN" / "The nation's
// 31-year-old foreign minister declares victory for his"): the page cuts some summaries mid-sentence, and a cut
// summary, short and with no stop, reads as one more headline line, so the item loses its text and its head runs
// on into the item above. Where the page numbers its headlines 1, 2, 3 … in a row, and most of them stand over one
// line of prose right above the next number, a line set so between item n's head and item n+1's (or under the last
// head, closing the page) is item n's text, whatever its stop: a page's numbering tells its items apart, never the summary's length. One pass over the blocks.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** An item number opening a headline line ("4. ", "10) "). */
const NUMBERED = /^\s*(\d{1,2})[.)]\s+\S/;
/** Numbered heads over one line of prose each that make the page's pattern. */
const MIN_SUMMARIES = 3;

function headNumber(text: string): number {
  const m = NUMBERED.exec(text);
  return m?.[1] ? Number(m[1]) : 0;
}

/** Marks a headline-like line between two consecutive numbered heads as the upper item's text. */
export function markNumberedSummaries(blocks: readonly Block[], infos: BlockInfo[]): void {
  // Lines set between head n and head n+1, split by how they read now: prose (the page's pattern) or headline.
  const titled: number[] = [];
  let prose = 0;
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (!infos[i]?.title) continue;
    const n = headNumber(blocks[i]?.text ?? '');
    // (The last item's line closes the page: nothing follows it.)
    const last = i + 2 === blocks.length;
    if (!n || (!last && (!infos[i + 2]?.title || headNumber(blocks[i + 2]?.text ?? '') !== n + 1))) continue;
    const under = infos[i + 1] as BlockInfo;
    if (headNumber(blocks[i + 1]?.text ?? '') || under.markerOnly || under.byline || under.dateline || under.credit) continue;
    if (under.title) titled.push(i + 1);
    else prose++;
  }
  if (prose < MIN_SUMMARIES || titled.length >= prose) return;
  for (const k of titled) infos[k] = { ...(infos[k] as BlockInfo), title: false };
}
