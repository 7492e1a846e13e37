// Repairing extraction damage inside one story: column breaks joined, banners dropped mid-sentence lifted
// out as rubrics, orphan fragments kept apart, verbatim repeats dropped.
import { concat, slice, trim, type Mapped } from './mapped';
import { endsSentence, hasCjk, sentenceKey, sentenceRanges, startsMidSentence } from './sentence';

export interface Piece {
  m: Mapped;
  /** The piece is a short headline-like line of its own (subhead, banner). */
  title: boolean;
  /** The tag it was read from: a column break joins like with like (p to p), never a list item to a paragraph. */
  tag: string;
}

export interface Repaired {
  paragraphs: Mapped[];
  fragments: Mapped[];
  rubrics: string[];
}

function joiner(a: string, b: string): string {
  const last = a.slice(-1);
  const first = b.slice(0, 1);
  if (hasCjk(last) || hasCjk(first)) return '';
  return /[\w,;:'"’”)\]-]/.test(last) && /[\w"“'‘(]/.test(first) ? ' ' : '';
}

function joinable(a: string, b: string): boolean {
  return a === b || a === 'div' || b === 'div';
}

/**
 * Joins pieces into paragraphs. A piece that does not end its sentence takes the next one; a headline-like
 * line between the two halves of a sentence is a rubric; a piece that starts mid-sentence after a complete
 * one is a fragment.
 */
export function repair(pieces: Piece[], continuedFrom: boolean): Repaired {
  const out: { m: Mapped; fragment: boolean }[] = [];
  const rubrics: string[] = [];
  let cur: { m: Mapped; fragment: boolean; title: boolean; tag: string } | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece) continue;
    if (!cur) {
      const orphan = out.length === 0 && !continuedFrom && startsMidSentence(piece.m.text);
      cur = { m: piece.m, fragment: orphan, title: piece.title, tag: piece.tag };
      continue;
    }
    const open = !cur.title && !endsSentence(cur.m.text);
    if (open) {
      const next = pieces[i + 1];
      if (piece.title && next && !next.title) {
        rubrics.push(piece.m.text);
        continue;
      }
      if (!piece.title && joinable(cur.tag, piece.tag)) {
        cur = { tag: piece.tag, m: concat(cur.m, piece.m, joiner(cur.m.text, piece.m.text)), fragment: cur.fragment, title: false };
        continue;
      }
    }
    out.push({ m: cur.m, fragment: cur.fragment });
    cur = { m: piece.m, fragment: !piece.title && startsMidSentence(piece.m.text), title: piece.title, tag: piece.tag };
  }
  if (cur) out.push({ m: cur.m, fragment: cur.fragment });
  const deduped = dropRepeats(out);
  return {
    paragraphs: deduped.filter((p) => !p.fragment).map((p) => p.m),
    fragments: deduped.filter((p) => p.fragment).map((p) => p.m),
    rubrics,
  };
}

const MIN_REPEAT = 8;

/** The text with the given ordered, disjoint ranges removed, in one pass. */
function without(m: Mapped, ranges: [number, number][]): Mapped {
  let out: Mapped = { text: '', spans: [] };
  let at = 0;
  for (const [s, e] of ranges) {
    const kept = trim(slice(m, at, s));
    if (kept.text) out = concat(out, kept, out.text && joiner(out.text, kept.text) ? ' ' : '');
    at = e;
  }
  const tail = trim(slice(m, at));
  if (tail.text) out = concat(out, tail, out.text && joiner(out.text, tail.text) ? ' ' : '');
  return out;
}

/** Drops sentences (and ；-clauses) that already appeared earlier in the same story. */
function dropRepeats<T extends { m: Mapped }>(items: T[]): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const item of items) {
    const drop: [number, number][] = [];
    for (const [s, e] of sentenceRanges(item.m.text)) {
      const key = sentenceKey(item.m.text.slice(s, e));
      if (key.length < MIN_REPEAT) continue;
      if (seen.has(key)) drop.push([s, e]);
      else seen.add(key);
    }
    const m = drop.length ? without(item.m, drop) : item.m;
    if (m.text.trim()) result.push({ ...item, m });
  }
  return result;
}
