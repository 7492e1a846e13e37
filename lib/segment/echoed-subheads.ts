// Section heads of one article, not stories' headlines: a machine-written or how-to article sets its sections under
// generic subheads that its paragraphs then take up as their sentence's subject ("The second story" over "The second
// story is about a new study …", "The forecast for today" over "The forecast for today is cloudy …"). A story's
// headline is no such subject: a wire item's text opens with its own words, a copied headline over its text is closed
// by a stop or a dateline. So where most stories of a reading open by running their headline on into a sentence in
// lower case, the page is one article with sections. One pass over the stories: linear in the page.
import type { SegmentedArticle } from '../types';
/** (Made once: a literal made of a property escape alone is rebuilt on every call in the bundles.) */
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** Stories a reading holds so at least before its headlines are weighed as one article's sections. */
const MIN_SECTIONS = 3;
/** Share of the stories whose text runs its headline on into a sentence. */
const MIN_SHARE = 2 / 3;
/** A subhead of a few words: a phrase naming a section, not a headline telling news. */
const MAX_WORDS = 6;

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** The story's text opens with its headline's words run on into its sentence ("The weather is …"). */
function runsHeadOn(a: SegmentedArticle): boolean {
  // (The capital first, the cheapest test: a Han headline ends here without any text folded.)
  if (!CAPITAL_FIRST.test(a.headline.trim())) return false;
  const head = fold(a.headline);
  if (!head || head.split(' ').length > MAX_WORDS || /[.!?。！？:：]$/.test(head)) return false;
  const text = foldedOpening(a.paragraphs[0] ?? '', head.length + 3);
  return text.startsWith(head + ' ') && LOWER_FIRST.test(text.slice(head.length + 1));
}

/** A character whose folding neither reads nor changes its neighbours (a starter of NFKC, no space, no case context). */
const STABLE = /[A-Za-z0-9\u4e00-\u9fff]/;

/**
 * The start of fold(text), at least `need` characters of it: the text is cut between two stable characters past
 * twice that length, so folding the cut text gives the start of folding the whole (else the whole is folded).
 */
function foldedOpening(text: string, need: number): string {
  for (let k = 2 * need + 32; k < text.length && k < 2 * need + 64; k++) {
    if (!STABLE.test(text[k - 1]!) || !STABLE.test(text[k]!)) continue;
    const head = fold(text.slice(0, k));
    if (head.length >= need) return head;
    break;
  }
  return fold(text);
}

/** Whether the reading's stories are the sections of one article under generic subheads its text takes up. */
export function hasEchoedSubheads(articles: readonly SegmentedArticle[]): boolean {
  if (articles.length < MIN_SECTIONS) return false;
  let echoed = 0;
  for (const a of articles) if (runsHeadOn(a)) echoed++;
  return echoed >= MIN_SECTIONS && echoed >= articles.length * MIN_SHARE;
}
