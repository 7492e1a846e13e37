// Date rows over a listing's items: a podcast's or an archive's episode list sets a line giving only a date (often
// bulleted, "• 24.02.2021"), and lines of its file data, over every item's title and description. Where the page
// prints three such rows or more and a start follows most of them, an item whose title was not stored still opens
// under its row: its first paragraph starts a headless item; and what stands above the first row (the programme's
// or the archive's name and description) frames the listing and starts no item. Rows and candidates are walked
// once, in page order.
import type { Block } from '../types';

/** A line that is a date alone, bulleted or not: "24.02.2021", "2021-02-24", "2/24/2021", "Feb. 24, 2021". */
const DATE_ROW =
  /^\s*(?:[•·▪●-]\s*)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\s*$/i;
const MIN_ROWS = 3;
/** A row's data line under its date: a figure and a unit alone ("12 MB", "24 min", "1:02:15"). */
const ROW_DATA = /^\s*\d+(?:[.,:]\d+)*\s*(?:[KMGT]i?B|min\.?|mins|minutes|sec|s|h)?\s*$/i;
/** A paragraph, not a data line ("12 MB"): long, closed as a sentence is. */
const MIN_PARAGRAPH = 60;
const CLOSED = /[.!?。！？)"”’]\s*$/;
/** What an item under its date row says for a start: as much as a headlined item of the same list. */
const ROW_ITEM = 3;
/** What a start above the listing's first row loses: the listing's header is no item. */
const ABOVE_ROWS = 3;

interface Cand {
  head: number;
  body: number;
  kind: string;
  score: number;
  runIn: number;
}

export function isDateRow(text: string): boolean {
  return DATE_ROW.test(text);
}

/** The candidates, with a headless item under each date row that no start follows, where rows part the page's items. */
export function withRowStarts<C extends Cand>(cands: C[], blocks: readonly Block[], prose: Int32Array): C[] {
  const rows: number[] = [];
  blocks.forEach((b, i) => {
    if (isDateRow(b.text)) rows.push(i);
  });
  if (rows.length < MIN_ROWS) return cands;
  // For each row: does a candidate start before the next row?
  const added: C[] = [];
  let followed = 0;
  let c = 0;
  const out = cands.slice();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const end = rows[r + 1] ?? blocks.length;
    // The row's own data lines under it are no item's headline.
    let data = row + 1;
    while (data < end && ROW_DATA.test(blocks[data]?.text ?? '')) data++;
    while (c < out.length && (out[c] as C).head <= row) c++;
    if (c < out.length && (out[c] as C).head < end) {
      const cand = out[c] as C;
      if (cand.head < data && cand.body >= data) out[c] = { ...cand, head: data };
      followed++;
      continue;
    }
    for (let k = data; k < end; k++) {
      const t = blocks[k]?.text ?? '';
      if (prose[k]! > 0 && t.length >= MIN_PARAGRAPH && CLOSED.test(t)) {
        added.push({ head: k, body: k, kind: 'item', score: ROW_ITEM, runIn: 0 } as C);
        break;
      }
    }
  }
  // The rows part the items where starts follow most of them already.
  if (followed * 2 < rows.length || followed + added.length < rows.length) return cands;
  const first = rows[0]!;
  const framed = out.map((x) => (x.head < first ? { ...x, score: x.score - ABOVE_ROWS } : x));
  // (Both lists are in page order: merged in one pass.)
  const merged: C[] = [];
  let a = 0;
  for (const x of framed) {
    while (a < added.length && (added[a] as C).head < x.head) merged.push(added[a++] as C);
    merged.push(x);
  }
  while (a < added.length) merged.push(added[a++] as C);
  return merged;
}

/**
 * Whether `run`, the blocks above the first start, frames a listing parted by date rows: the page prints three rows
 * or more, the run holds the first, and a row stands above every start since the one before it (each item under its
 * own date). The run is then the listing's header, the programme's name and description: no story.
 */
export function headsDatedListing(run: readonly number[], starts: readonly { head: number }[], blocks: readonly Block[]): boolean {
  if (starts.length < MIN_ROWS - 1 || !run.some((k) => isDateRow(blocks[k]?.text ?? ''))) return false;
  let from = run.length ? (run[run.length - 1] as number) + 1 : 0;
  for (let s = 1; s < starts.length; s++) {
    const head = starts[s]!.head;
    let row = false;
    for (let k = Math.max(from, starts[s - 1]!.head); k < head && !row; k++) row = isDateRow(blocks[k]?.text ?? '');
    if (!row) return false;
    from = head;
  }
  return true;
}
