// A page text that opens with its editors' introduction and prints the headline under it, a dashed deck right below
// the headline ("…谨此致歉。" / "一群记者和他们的时代" / "——寻访南方周末黄金一代 之一 …"): read as one headless story,
// the headline kept as a line of its text. A headline-like line over a line opened by a deck's dash ("——") is a
// headline and its deck, whatever stands above them: when the page is read as one headless story and such a pair
// sits within its first few blocks, under prose only, the line heads the story and the introduction above it stays
// the story's text, before the rest. Only a page already read as one headless story is touched, so no story is
// joined or split; looks at the first few blocks of the story only (constant work).
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isHeadlineCandidate, isProse } from './page-headline';

/** How many paragraphs of introduction may stand above the headline. */
const MAX_INTRO = 3;
/** A deck opened by a dash: "——寻访南方周末黄金一代", "—— 记…". */
const DASHED_DECK = /^\s*(?:——|—\s|－－|--)\s*[\u3400-\u9fff《“]/u;
/** A dashed line this short is a quotation's source ("——鲁迅"), no deck. */
const MIN_DECK = 8;
/** A headline line is short and closes no sentence. */
const MAX_HEADLINE = 40;
const SENTENCE_END = /[。！？!?：:,，;；]\s*$/u;

/** The plan with the headline under the introduction heading the one story, the introduction kept as its text. */
export function withIntroHeadline(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  if (p.articles.length !== 1) return p;
  const a = p.articles[0]!;
  if (a.head.length || a.headline >= 0 || a.runIn) return p;
  for (let j = 1; j <= MAX_INTRO && j + 1 < a.body.length; j++) {
    const k = a.body[j]!;
    const deck = a.body[j + 1]!;
    if (deck !== k + 1) return p;
    const line = blocks[k] as Block;
    const info = infos[k] as BlockInfo;
    if (!isHeadlineCandidate(line, info) || line.text.trim().length > MAX_HEADLINE || SENTENCE_END.test(line.text)) {
      // Above the headline, the introduction's prose only.
      if (!isProse(line, info) || info.dateline || info.byline || info.openingByline) return p;
      continue;
    }
    const d = blocks[deck]?.text.trim() ?? '';
    if (!DASHED_DECK.test(d) || d.replace(/\s+/gu, '').length < MIN_DECK) return p;
    // The first block too must be prose: a page opening on the line is another page's business (page-headline.ts).
    for (const b of a.body.slice(0, j)) if (!isProse(blocks[b] as Block, infos[b] as BlockInfo)) return p;
    return { ...p, articles: [{ ...a, head: [k], headline: k, body: [...a.body.slice(0, j), ...a.body.slice(j + 1)] }] };
  }
  return p;
}
