// A headline run into its story's first paragraph on one line, set off by a run of spaces, the paragraph opened by an
// agency's or the paper's dateline ("标题   新华社北京8月12日电 …"), as an e-paper's page view flattens its story
// boxes; the page text keeps one space of the run. The headline is split off onto a line of its own, as other pages set it; the source maps point at the line
// as given (tail-heads.ts). Each block is looked at once, up to its first run of spaces: linear in the page.
import type { Block } from '../types';
import { parseDateline } from './dateline';
import { splitBlocksAt, type Origin } from './tail-heads';

/**
 * A headline of Han words with no stop, comma, colon or bracket, then the space the page text keeps of the run of
 * spaces after it (lib/blocks/text.ts folds runs into one).
 */
const SPACED_HEAD = /^([^\s。．.!?！？,，;；:：()（）【】\[\]<>《》]{4,40})\s+(?=\S)/u;

/** The page with headlines run into datelined paragraphs split off, or null. */
export function splitSpacedHeads(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const cuts = new Map<number, number>();
  blocks.forEach((b, i) => {
    const m = SPACED_HEAD.exec(b.text);
    if (!m) return;
    // A headline in Han characters over prose: the rest is a paragraph opened by a dateline.
    if (!/[\u3400-\u9fff]/u.test(m[1]!)) return;
    const rest = b.text.slice(m[0].length);
    if (rest.length < 2 * m[1]!.length || !parseDateline(rest)) return;
    cuts.set(i, m[0].length);
  });
  return cuts.size ? splitBlocksAt(blocks, cuts, () => ({ headingLevel: null, emphasis: false })) : null;
}
