// A paragraph closed by the site's read-on link (">>详情", "阅读全文", "Read more »") is a teaser done: the
// paragraph after it opens the next teaser, as one after an agency credit does. Where the page closes two
// paragraphs or more so, a start right after one of them (starts.ts's "after-credit") says as much as the link
// does, however few teasers the page shows. Only on page texts that declare no title: under a page's own headline
// a round-up article may close its items with such links and stay one article. A listing so closed that opens on
// a line of its own, a short paragraph of whole sentences (the digest's slogan, "…每天早晚8点与你准时相约…"), over
// the first teaser's paragraphs, begins that teaser under it: the line is the listing's, no teaser's opening. One
// pass over the blocks and one over the candidates.
import type { Block } from '../types';
import type { Candidate } from './starts';
import { endsInReadOn } from './facts';
import { endsSentence } from './sentence';

/** Paragraphs closed by the read-on link that make the page a listing of teasers. */
const MIN_CLOSED = 2;
/** What a start right after a read-on link says (ARTICLE_PRIOR in score.ts is 2). */
const READ_ON_START = 2.5;
/** The listing's own top line: a short paragraph, a slogan's sentence or two, no teaser's text. */
const MAX_TOP_LINE = 40;

export function withReadOnStarts(cands: Candidate[], blocks: readonly Block[], facts: { prose: Int32Array; furniture: Uint8Array }, declared: boolean): Candidate[] {
  if (declared) return cands;
  const n = blocks.length;
  const readOn = new Uint8Array(n);
  let closed = 0;
  for (let k = 0; k < n; k++) {
    if (facts.prose[k] && endsInReadOn(blocks[k]?.text ?? '')) {
      readOn[k] = 1;
      closed++;
    }
  }
  if (closed < MIN_CLOSED) return cands;
  const top = blocks[0]?.text.trim() ?? '';
  const topLine = n > 2 && !!facts.prose[0] && top.length <= MAX_TOP_LINE && endsSentence(top) && !readOn[0] && !!facts.prose[1] && !cands.some((c) => c.head <= 1);
  const read = topLine ? [{ head: 1, body: 1, kind: 'item' as const, score: READ_ON_START, runIn: 0 }, ...cands] : cands;
  return read.map((c) => {
    if (c.kind !== 'after-credit' || c.head !== c.body || c.score >= READ_ON_START) return c;
    let p = c.head - 1;
    while (p > 0 && facts.furniture[p]) p--;
    return p >= 0 && readOn[p] ? { ...c, score: READ_ON_START } : c;
  });
}
