// An e-paper article page opening on its headline list ("标题导航" over the page's titles, each set off by a run of
// marks, "我们和新中国共成长~~~"), then navigation, the date and pagers, then the story's own headline printed bare
// over its deck and credits: the reading takes the listed entry, the first headline-like line, for the story's
// headline, and the navigation, the date, the pagers and the headline printed again open the story's text. The same
// words printed again lower down, without the list's marks, with nothing but short furniture lines between, are the
// story's own headline; the list entry and the lines down to it are the page's furniture (issue 12, round 52). One
// look at a few lines under the headline.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isProse } from './page-headline';
import { bareWords } from './bare-words';

/** How far under the listed entry the story's own headline may stand (navigation, date, pagers between). */
const REACH = 8;
/** A headline compared: this many characters at least, spaces, punctuation and marks aside. */
const MIN_WORDS = 4;

/**
 * The lone story headed by a headline-list entry whose words the page prints again, bare, a few furniture lines
 * down inside the story: that later print heads the story (with the title line under it as its deck, when a byline
 * follows), the entry and the lines between are rubrics.
 */
export function withListedEcho(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  if (p.articles.length !== 1) return p;
  const a = p.articles[0]!;
  const h = a.headline;
  if (h < 0 || a.head[a.head.length - 1] !== h) return p;
  const listed = blocks[h]?.text.trim() ?? '';
  const key = bareWords(listed);
  if (key.length < MIN_WORDS) return p;
  const inBody = new Set(a.body);
  const last = Math.min(blocks.length - 2, h + REACH);
  for (let k = h + 1; k <= last; k++) {
    const text = blocks[k]?.text.trim() ?? '';
    const info = infos[k] as BlockInfo;
    if (bareWords(text) === key) {
      // Printed again with the same marks: the list's own doubled entry, read on.
      if (text === listed) continue;
      if (!inBody.has(k) || !info.title) return p;
      const deck = infos[k + 1]?.title && !infos[k + 1]?.byline && !isProse(blocks[k + 1] as Block, infos[k + 1] as BlockInfo) && infos[k + 2]?.byline ? k + 1 : -1;
      const head = deck > 0 ? [k, deck] : [k];
      const body = a.body.filter((x) => x > head[head.length - 1]!);
      if (body.length === 0) return p;
      const between = [...a.head, ...a.body.filter((x) => x < k)];
      const rubricBlocks = [...new Set([...p.rubricBlocks, ...between])].sort((x, y) => x - y);
      return { articles: [{ ...a, head, headline: k, body }], rubricBlocks };
    }
    // Nothing but short furniture between: no prose, no dateline or byline (a story's own start).
    if (isProse(blocks[k] as Block, info) || info.dateline || info.byline || info.openingByline) return p;
  }
  return p;
}
