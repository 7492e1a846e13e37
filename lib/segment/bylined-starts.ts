// A story opened by its byline under its headline group, with a source or meta line between them (an e-paper's
// "( 2025-10-12 ) 稿件来源:… 要闻" printed over every article): the headline, the meta line and the byline head the
// story whose text follows, as a dateline under its headline would. The meta line the page repeats is furniture,
// so no headline start reaches the text past it; this adds the start. Where the page so prints its meta line, a
// datelined start right under the same meta line and a headline group is that group's story too (its headline is
// no rubric). One pass over the blocks.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { Candidate } from './starts';

/** Headline lines of one group, and meta lines between it and the byline. */
const MAX_HEAD = 4;
const MAX_META = 3;
/** What a headline over a story's own opening says (starts.ts scores such a start 4 and up). */
const BYLINED_START = 4;

interface Facts {
  prose: Int32Array;
  furniture: Uint8Array;
}

/** The headline group's first line and the meta lines above block `b` (none when no group stands there). */
function groupAbove(b: number, infos: readonly BlockInfo[], facts: Facts, covered: Uint8Array): { head: number; meta: number[] } | null {
  let k = b - 1;
  const meta: number[] = [];
  while (k >= 0 && meta.length < MAX_META && facts.furniture[k] && !infos[k]?.title && !infos[k]?.pageLabel) meta.push(k--);
  // (At least one meta line between: with none, starts.ts reads the group over the text itself.)
  if (!meta.length || k < 0 || !infos[k]?.title || covered[k]) return null;
  let head = k;
  while (head > 0 && k - head + 1 < MAX_HEAD && infos[head - 1]?.title && !infos[head - 1]?.pageLabel && !covered[head - 1] && !facts.prose[head - 1]) head--;
  return { head, meta };
}

export function withBylinedStarts(cands: Candidate[], blocks: readonly Block[], infos: readonly BlockInfo[], facts: Facts): Candidate[] {
  const n = blocks.length;
  const covered = new Uint8Array(n);
  for (const c of cands) for (let k = c.head; k <= c.body && k < n; k++) covered[k] = 1;
  const added: Candidate[] = [];
  const metaTexts = new Set<string>();
  for (let b = 1; b < n - 1; b++) {
    // A byline line of its own, not story text, with the story's text right under it.
    if (!infos[b]?.byline || facts.prose[b] || !facts.prose[b + 1] || covered[b] || covered[b + 1]) continue;
    const group = groupAbove(b, infos, facts, covered);
    if (!group) continue;
    for (const m of group.meta) metaTexts.add(blocks[m]?.text ?? '');
    added.push({ head: group.head, body: b, kind: 'head-open', score: BYLINED_START, runIn: 0 });
  }
  if (!added.length) return cands;
  // A datelined start under the same meta line and a headline group: the group heads it.
  const out = cands.map((c) => {
    if (c.kind !== 'dateline' || c.head !== c.body) return c;
    const group = groupAbove(c.body, infos, facts, covered);
    return group && group.meta.some((m) => metaTexts.has(blocks[m]?.text ?? '')) ? { ...c, head: group.head } : c;
  });
  return [...out, ...added].sort((x, y) => x.head - y.head);
}
