// A listing of teasers each printed as a headline, its writer's name on a line alone and a one-sentence deck, as a
// magazine's home page lays them out ("Scientists Use Ultrasound to Activate Brain Cells" / "Jordan Rosenfeld" /
// "They altered how neurons behave…"). The name line, two or three capitalised words with no stop, figure or
// function word, stands between a longer headline-like line and the teaser's text: it is the teaser's byline and
// heads nothing, so the line above it is the headline. Read where the page prints three such triples or more: one
// short capitalised line under a headline may be a deck or a section's name; the page's pattern is the writers'
// names. A name line the page prints over the next headline (a teaser with no deck) is its teaser's byline too,
// and in that pattern a headline in title case over a name line is a headline though its words hold a stop or end
// on one ("H.P. Lovecraft’s Spooky Poem…", "What's Up With Exclamation!!! Marks!!!?"), and the line under a name
// that heads no name of its own is the deck, text however headline-like (a quoted line).
// One look at each line's neighbours: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { asAuthors, forEachFreeLine } from './line-marks';

/** A person's name: two or three capitalised words, an initial allowed inside ("Mary K. Smith"). */
const NAME = /^[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z]*[A-Z]?[a-z'’-]+)){1,2}$/;
/** Words a name never holds: articles, prepositions, conjunctions, common heads' words. */
const NOT_NAME = /\b(?:The|Of|And|For|In|On|At|To|With|From|By|News|New|Today|Week|Day|Page|More|Read|Latest|Top|Home)\b/;
const MAX_LINE = 40;
/** Words of the headline over a name line: more than a name's. */
const MIN_HEAD_WORDS = 3;
/** Triples of headline, name and text that make the page's pattern. */
const MIN_TRIPLES = 3;
/** A headline over a name, most of its words capitalised, of a headline's length. */
const MAX_HEAD = 120;

function titleCased(line: string): boolean {
  const words = line.split(/\s+/);
  const capital = words.filter((w) => /^["“‘']?[\p{Lu}\p{N}]/u.test(w)).length;
  return words.length >= MIN_HEAD_WORDS && line.length <= MAX_HEAD && capital * 4 >= words.length * 3;
}

export function markTeaserNames(blocks: readonly Block[], infos: BlockInfo[]): void {
  const under: number[] = [];
  let triples = 0;
  forEachFreeLine(blocks, infos, MAX_LINE, (i, text, info) => {
    if (i === 0 || !info.title || !NAME.test(text) || NOT_NAME.test(text)) return;
    const above = infos[i - 1];
    const head = (blocks[i - 1]?.text ?? '').trim();
    if (!above || above.byline || above.dateline || NAME.test(head) || !(above.title ? head.split(/\s+/).length >= MIN_HEAD_WORDS : titleCased(head))) return;
    under.push(i);
    const below = infos[i + 1];
    if (below && !below.title && !below.byline && /[.!?。"”]\s*$/.test(blocks[i + 1]?.text ?? '')) triples++;
    else if (below && /^["“]/.test((blocks[i + 1]?.text ?? '').trim())) triples++;
  });
  if (triples < MIN_TRIPLES) return;
  for (const i of under) {
    infos[i] = asAuthors(infos[i] as BlockInfo, [(blocks[i]?.text ?? '').trim()]);
    if (!infos[i - 1]?.title) infos[i - 1] = { ...(infos[i - 1] as BlockInfo), title: true };
  }
  // (The line under a name that heads no name of its own is the teaser's deck, a quoted one too: text, no headline.)
  const names = new Set(under);
  for (const i of under) {
    const deck = infos[i + 1];
    if (deck?.title && !names.has(i + 2) && !names.has(i + 1)) infos[i + 1] = { ...deck, title: false };
  }
}
