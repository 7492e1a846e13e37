// A column of headless datelined briefs read as one: right under a headlined, datelined story, further reports with
// datelines of their own are taken as that story going on (one article built from several agencies' reports,
// starts.ts). A run of such reports that are each one paragraph, each from another place, is a column of briefs
// instead ("LONDON — …" / "BEIJING — …" / "KINSHASA — …"): a story built from reports gives each several
// paragraphs, or files them from one place.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { Candidate } from './starts';

/** Reports in a row that make a column. */
const MIN_RUN = 3;

/** Whether `continuing` (dateline candidates joined to the story above, in page order) holds a column's run. */
export function datelinedColumn(continuing: readonly Candidate[], blocks: Block[], infos: BlockInfo[], prose: Int32Array): boolean {
  let run = 0;
  let places = new Set<string>();
  for (let q = 0; q < continuing.length; q++) {
    const c = continuing[q] as Candidate;
    const d = infos[c.body]?.dateline?.dateline;
    const place = d ? `${d.source}|${d.place ?? ''}`.toLowerCase() : '';
    // One paragraph: the next block with text is the next report's (or the page ends).
    let k = c.body + 1;
    while (k < blocks.length && !prose[k]) k++;
    const single = k >= blocks.length || continuing[q + 1]?.body === k;
    if (!place || !single || places.has(place)) {
      run = 0;
      places = new Set();
      if (!place || !single) continue;
    }
    places.add(place);
    if (++run >= MIN_RUN) return true;
  }
  return false;
}
