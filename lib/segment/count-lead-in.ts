// A digest's article page read as one headless story whose text opens with the digest's introduction: a few
// paragraphs, the last a short lead-in counting what follows and closed by a colon ("今天是…,以下是我們為你篩選的7條
// 新聞:", "Here are today's 5 stories:"), then a title line over a paragraph. The introduction is the page's
// furniture, the title line the first item's headline. Only a page already read as one headless story is touched,
// so no story is joined or split; looks at the first few blocks of the story only (constant work).
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';

/** How many blocks into the story the lead-in may sit (the introduction's paragraphs above it and itself). */
const MAX_INTRO_BLOCKS = 8;
const MAX_LEAD_IN = 80;
const MAX_TITLE = 60;
/** A lead-in closed by a colon that counts what follows (a number, in figures or in Chinese numerals). */
const COUNT_LEAD_IN = /(?:\d|[一二三四五六七八九十])[^:：]*[:：]\s*$/u;
/** A sentence's close: a title line has none at its end. */
const SENTENCE_END = /[。.!?！？:：]\s*$/u;

/** The plan with the introduction above a counting lead-in as rubrics, the title line under it as the headline. */
export function withCountLeadIn(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  if (p.articles.length !== 1) return p;
  const a = p.articles[0]!;
  if (a.head.length || a.headline >= 0 || a.runIn) return p;
  for (let j = 1; j < Math.min(a.body.length - 2, MAX_INTRO_BLOCKS); j++) {
    const lead = blocks[a.body[j]!]?.text.trim() ?? '';
    if (lead.length > MAX_LEAD_IN || !COUNT_LEAD_IN.test(lead)) continue;
    const k = a.body[j + 1]!;
    const text = blocks[k]?.text.trim() ?? '';
    if (k !== a.body[j]! + 1 || a.body[j + 2] !== k + 1) return p;
    if (!text || text.length > MAX_TITLE || SENTENCE_END.test(text) || infos[k]?.dateline) return p;
    const next = blocks[k + 1]?.text.trim() ?? '';
    if (next.length <= text.length) return p;
    return {
      rubricBlocks: [...p.rubricBlocks, ...a.body.slice(0, j + 1)].sort((x, y) => x - y),
      articles: [{ ...a, head: [k], headline: k, body: a.body.slice(j + 2) }],
    };
  }
  return p;
}
