// A headline over its dashed deck: a line opened by a run of dashes ("——写在第十八个记者节", "———记一位老报人") right
// under a line is that line's subtitle (副题), which is set only under the story's own headline. So the line it
// stands under is the headline by layout, whatever words it shares with the text: a masthead's motto or a page's
// label ("文章内容") over a story carries no dashed deck of its own; nor is the deck itself ever a story's headline,
// with its line left above as a rubric (issue 12, round 38). The other way round, a line closed by a dash
// ("兩岸青年聯合採訪活動走進江城——") leads on into the line under it: a kicker (引题), the line under it the
// headline (issue 12, round 66). One look at a line, one pass over the stories.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';

/** One to three dashes, then the deck's words: a short phrase, not a sentence of text. */
const DASHED = /^\s*(?:[—–]{1,3}|-{2,3})\s*[^\s—–-]/u;
/** A deck is a phrase, shorter than this. */
const MAX_DECK = 40;

/** A dash-opened deck line ("——写在…"): a subtitle, no paragraph. */
export function isDashedDeck(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_DECK && DASHED.test(t) && !/[。！？!?]$/u.test(t);
}

/** A kicker closed by its dash, after a word or a closing mark: the line leads on into the one under it. */
const LEADS_ON = /[\p{Script=Han}\p{L}\d”」』）)]\s*(?:——|──|—)\s*$/u;

/** Whether the line is a kicker leading on into the line under it ("…走进宁夏——"). */
export function leadsOn(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_DECK && LEADS_ON.test(t);
}

/** Whether the line right under block `at` is a dashed deck, which signs `at` as the headline. */
export function hasDashedDeckUnder(blocks: ReadonlyArray<{ text: string }>, at: number): boolean {
  return at >= 0 && isDashedDeck(blocks[at + 1]?.text ?? '');
}

/**
 * A story headed by a dashed deck, the headline-like line right above it left as a rubric: that line heads the
 * story, the deck under it. A dashed deck read as the first paragraph right under a story's headline goes back
 * under the headline as its deck.
 */
export function withDashedDeckHead(p: Plan, blocks: Block[], infos: BlockInfo[]): Plan {
  const rubrics = new Set(p.rubricBlocks);
  const taken = new Set<number>();
  let changed = false;
  const articles = p.articles.map((a) => {
    const h = a.headline;
    // A headline closed by a dash over a headline line of the group: that line is the headline.
    const under = blocks[h + 1]?.text ?? '';
    if (h >= 0 && leadsOn(blocks[h]?.text ?? '') && a.head.includes(h + 1) && infos[h + 1]?.title && !leadsOn(under) && !isDashedDeck(under)) {
      changed = true;
      return { ...a, headline: h + 1 };
    }
    if (h >= 0 && a.head[a.head.length - 1] === h && a.body[0] === h + 1 && a.body.length > 1 && isDashedDeck(blocks[h + 1]?.text ?? '')) {
      changed = true;
      return { ...a, head: [...a.head, h + 1], body: a.body.slice(1) };
    }
    if (h < 1 || a.head[0] !== h || !isDashedDeck(blocks[h]?.text ?? '') || !rubrics.has(h - 1)) return a;
    const over = infos[h - 1];
    if (!over?.title || over.pageLabel || isDashedDeck(blocks[h - 1]?.text ?? '')) return a;
    taken.add(h - 1);
    changed = true;
    return { ...a, head: [h - 1, ...a.head], headline: h - 1 };
  });
  if (!changed) return p;
  return { articles, rubricBlocks: p.rubricBlocks.filter((k) => !taken.has(k)) };
}
