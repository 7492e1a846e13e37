// One event told live: a live text (图文直播, 文字直播) prints its entries as paragraphs each opened by a clock time
// ("【22:17】趙佳雯…", "22:47 奧運聖火入場"), newest first or oldest first, with picture captions between them, under one
// headline and a lead. The entries are the story's; the captions and credits between them open no story. A wire's
// column of flashes also stamps its items with clock times, but stands under a column name, not a headline over a
// lead paragraph: there the items stay stories.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { PageFacts } from './facts';
import type { Candidate } from './starts';

/** A paragraph opened by a clock time, bracketed or followed by a space: "【22:17】…", "22:47 …". */
const CLOCK_LEAD = /^\s*(?:[【\[〔(（]\s*\d{1,2}\s*[:：]\s*\d{2}\s*[】\]〕)）]|\d{1,2}\s*[:：]\s*\d{2}(?=\s))\s*\S/u;
/** Entries that make a live text. */
const MIN_ENTRIES = 3;
/** A lead paragraph holds this many characters at least. */
const MIN_LEAD = 20;

function minutes(text: string): number {
  const m = /(\d{1,2})\s*[:：]\s*(\d{2})/u.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : -1;
}

/** The blocks that open a live text's entries, or [] when the page holds no live text under a headline and lead. */
export function liveEntries(blocks: readonly Block[], infos: readonly BlockInfo[], facts: PageFacts): number[] {
  const entries: number[] = [];
  for (let k = 0; k < blocks.length; k++) if (facts.prose[k] > 0 && CLOCK_LEAD.test(blocks[k]?.text ?? '')) entries.push(k);
  if (entries.length < MIN_ENTRIES) return [];
  // Told in time order, one way or the other (a stray earlier stamp allowed: a closing entry set on top).
  const times = entries.map((k) => minutes(blocks[k]?.text ?? ''));
  let down = 0;
  let up = 0;
  for (let i = 1; i < times.length; i++) {
    if ((times[i] as number) < (times[i - 1] as number)) down++;
    else if ((times[i] as number) > (times[i - 1] as number)) up++;
  }
  if (Math.min(up, down) > 1 || Math.max(up, down) < MIN_ENTRIES - 1) return [];
  // Under a headline and a lead of its own: a headline line, then a byline or a paragraph that is no entry.
  const first = entries[0] as number;
  let headline = false;
  let lead = false;
  for (let k = 0; k < first && !lead; k++) {
    if (facts.furniture[k]) continue;
    if (infos[k]?.title) headline = true;
    else if (headline && (facts.prose[k] >= MIN_LEAD || !!infos[k]?.byline)) lead = true;
  }
  return lead ? entries : [];
}

/** The candidate starts less those inside a live text: its entries, and the captions and credits between them. */
export function withoutLiveEntries(cands: Candidate[], blocks: readonly Block[], infos: readonly BlockInfo[], facts: PageFacts): Candidate[] {
  const entries = liveEntries(blocks, infos, facts);
  if (!entries.length) return cands;
  const first = entries[0] as number;
  // (A dateline still opens a story of its own.)
  return cands.filter((c) => c.head < first || c.kind === 'dateline');
}
