// A story's paragraph that ends on a colon announces the text below it ("葉氏演詞如下:", "全文如下：", "He said:"):
// a short line right under it is a subhead of what was announced (a speech's or a document's sections), not the
// headline of another story. Only inside a story's text: a page's introduction ending "今日要闻：" over the first
// item is before every start or right under the page's headline, and a line opening with a dateline or numbered as an item stays a start.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { Candidate } from './starts';

/**
 * A paragraph long enough to be a story's prose, closed by a colon: its last character before white space is a colon,
 * at least 19 characters after its first. (Read from its end: the pattern /\S[\s\S]{18,}[:：]\s*$/ says the same but
 * tries every start, quadratic in a long paragraph.)
 */
function announces(text: string): boolean {
  const t = text.trimEnd();
  const last = t.charCodeAt(t.length - 1);
  if (last !== 0x3a && last !== 0xff1a) return false;
  const first = t.length - t.trimStart().length;
  return t.length - 1 - first >= 19;
}

/** The candidate starts less plain headlines right under a story's paragraph that announces what follows. */
export function withoutAnnouncedHeads(cands: Candidate[], blocks: Block[], infos: BlockInfo[]): Candidate[] {
  if (!cands.some((c) => c.kind === 'head-plain')) return cands;
  return cands.filter((c) => {
    if (c.kind !== 'head-plain' || c.head === 0 || c.body <= c.head) return true;
    const before = c.head - 1;
    const prev = infos[before];
    if (!prev || prev.title || !announces(blocks[before]?.text ?? '')) return true;
    if (infos[c.body]?.dateline) return true;
    // inside a story's text: the announcing paragraph follows another of its prose paragraphs, under a start above
    // (a digest's introduction, "你需知道以下五宗新闻:", stands right under the page's headline)
    const above = infos[before - 1];
    if (!above || above.title || (blocks[before - 1]?.text.trim().length ?? 0) < 20) return true;
    return !cands.some((o) => o !== c && o.body <= before - 1);
  });
}
