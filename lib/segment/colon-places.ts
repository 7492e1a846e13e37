// Items of a briefs column opened by a town and a colon ("Montgomery: A state Senate committee…", "Juneau: A
// supplemental spending bill…"), as a news-from-every-state page sets them under its compilation credit ("From
// USA TODAY Network and wire reports") when the state names are not in the text. Alone, a title-case word before a
// colon is as often an interview's speaker or a "Note:" as a place; what tells the town is the column around it:
// a briefs column's name or credit near the top (facts.ts's BRIEFS_HEAD), and two paragraphs or more, each
// a whole item of its own (long, closed by a sentence's end), each opened by a different lead-in of one to three
// capitalised words that a capitalised sentence follows. A speaker comes back; a town does not. The lead-in is then
// the item's dateline, which opens a story as any dateline does (starts.ts, score.ts).
// One pattern on the opening of each paragraph and one set of the lead-ins: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { BRIEFS_HEAD } from './facts';
import { endsSentence } from './sentence';

/** One to three capitalised words (a town: "Juneau", "Little Rock", "St. Paul"), a colon, a capitalised sentence. */
const PLACE_COLON = /^([A-Z][a-z.'’-]+(?:[ ][A-Z][a-z.'’-]+){0,2}):[ ]+(?=["“A-Z])/;
/** Lead-ins that label a part of a story rather than name a place. */
const LABEL_WORD = /^(?:Note|Notes|Update|Updated|Editor|Editors|Correction|Clarification|Source|Sources|Photo|Video|Watch|Listen|Read|Related|Background|Context|Details|Why|What|Who|When|Where|How|Question|Answer|Q|A|Reporter|Host|Interviewer)$/;
/** Where the column's name or credit may stand: among the page's first blocks. */
const NAME_WITHIN = 6;
/** An item is a paragraph of some length, not a line. */
const MIN_ITEM = 80;
const MIN_RUN = 2;

export function markColonPlaces(blocks: readonly Block[], infos: BlockInfo[]): void {
  const n = blocks.length;
  let named = false;
  for (let i = 0; i < Math.min(n, NAME_WITHIN) && !named; i++) named = !!infos[i]?.title && BRIEFS_HEAD.test(blocks[i]?.text ?? '');
  if (!named) return;
  const found: { k: number; place: string; length: number }[] = [];
  const seen = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const info = infos[k];
    const text = blocks[k]?.text ?? '';
    if (!info || info.title || info.dateline || text.length < MIN_ITEM) continue;
    const m = PLACE_COLON.exec(text);
    if (!m || LABEL_WORD.test(m[1] ?? '') || !endsSentence(text)) continue;
    const place = m[1] ?? '';
    seen.set(place, (seen.get(place) ?? 0) + 1);
    found.push({ k, place, length: m[0].length });
  }
  // Every lead-in different (a speaker comes back), and at least two of them.
  if (found.length < MIN_RUN || [...seen.values()].some((c) => c > 1)) return;
  for (const f of found) {
    infos[f.k] = { ...(infos[f.k] as BlockInfo), dateline: { dateline: { source: '', place: f.place, date: null, kind: 'dateline' }, length: f.length } };
  }
}
