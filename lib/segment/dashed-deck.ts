// A headline over its dashed deck: a line opened by a run of dashes ("——写在第十八个记者节", "———记一位老报人") right
// under a line is that line's subtitle (副题), which is set only under the story's own headline. So the line it
// stands under is the headline by layout, whatever words it shares with the text: a masthead's motto or a page's
// label ("文章内容") over a story carries no dashed deck of its own (issue 12, round 38). One look at one line.

/** One to three dashes, then the deck's words: a short phrase, not a sentence of text. */
const DASHED = /^\s*(?:[—–]{1,3}|-{2,3})\s*[^\s—–-]/u;
/** A deck is a phrase, shorter than this. */
const MAX_DECK = 40;

/** A dash-opened deck line ("——写在…"): a subtitle, no paragraph. */
export function isDashedDeck(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_DECK && DASHED.test(t) && !/[。！？!?]$/u.test(t);
}

/** Whether the line right under block `at` is a dashed deck, which signs `at` as the headline. */
export function hasDashedDeckUnder(blocks: ReadonlyArray<{ text: string }>, at: number): boolean {
  return at >= 0 && isDashedDeck(blocks[at + 1]?.text ?? '');
}
