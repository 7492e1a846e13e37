// A post header's title field cut short at the header's width ("标题: [新闻] 主播…气爆现场跑新"), the full title
// printed a few lines below it ("主播…气爆现场跑新闻帮找人"): the cut copy names nothing the full line does not, and,
// standing first, would be read as the headline. It is taken off (its words are all in the full line), so the full
// line heads the story. Only the page's first blocks are compared, each with the few after it.
import type { Block } from '../types';
import type { Origin } from './tail-heads';

const HEAD_BLOCKS = 12;
const MIN_CUT = 8;
const MAX_LINE = 80;
/** A board's bracketed tag before the title ("[新闻]", "【转载】") and a field label the title line keeps. */
const TAG = /^\s*(?:(?:标题|標題)\s*[:：]\s*)?(?:[[【［][^\]】］]{1,6}[\]】］]\s*)?/u;
const norm = (s: string) => s.replace(/\s+/g, '');
/** What the cut left off: a few words, no clause mark (a paragraph opened by the headline's words goes on in prose). */
const MAX_REST = 20;
const CLAUSE = /[，,。；;！？!?：:]/u;

export function splitCutTitle(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const n = Math.min(blocks.length, HEAD_BLOCKS);
  // Each line's text without spaces, made once (every line above compares with it).
  const fulls: (string | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    const text = blocks[i]!.text;
    if (text.length > MAX_LINE || text.includes('\n')) continue;
    const cut = norm(text.replace(TAG, ''));
    if (cut.length < MIN_CUT) continue;
    for (let j = i + 1; j < n; j++) {
      const full = (fulls[j] ??= norm(blocks[j]!.text));
      if (full.length > MAX_LINE || full.length <= cut.length || !full.startsWith(cut)) continue;
      const rest = full.slice(cut.length);
      if (rest.length > MAX_REST || CLAUSE.test(rest)) continue;
      const out = blocks.filter((_, k) => k !== i);
      return { blocks: out, origin: out.map((_, k) => ({ block: k < i ? k : k + 1, offset: 0 })) };
    }
  }
  return null;
}
