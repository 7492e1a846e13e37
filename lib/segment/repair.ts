// Repairing extraction damage inside one story: column breaks joined, banners dropped mid-sentence lifted
// out as rubrics, orphan fragments kept apart, verbatim repeats dropped.
import { concatAll, slice, trim, type Mapped } from './mapped';
import { endsWithAside } from './aside-end';
import { endsWithLinkArrow } from './link-arrow';
import { isPartMark } from './part-marks';
import { endsSentenceJoined, hasCjk, sentenceKeyAt, sentenceKeyBound, sentenceRanges, startsMidSentence } from './sentence';

export interface Piece {
  m: Mapped;
  /** The piece is a short headline-like line of its own (subhead, banner). */
  title: boolean;
  /** The tag it was read from: a column break joins like with like (p to p), never a list item to a paragraph. */
  tag: string;
  /**
   * The piece opened with a paragraph indent written into its text ("　　新华社述评称…"): a paragraph of its own,
   * never the second half of a sentence the piece before left without its stop ("…跃升至238亿元").
   */
  indented?: boolean;
  /**
   * An embedded post's credit line, run on to the post's words, stood right above it (quote-credits.ts): the post
   * is done, and the piece opens a paragraph of its own, as an indented one does.
   */
  afterPost?: boolean;
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

/**
 * A speaker's words quoted whole after a colon close the paragraph ("上海市民:「…他們都不報導的」"), stop or no stop
 * inside the quote: a voice's turn is done, unless the next piece visibly goes on with the sentence ("，…").
 */
const SPEECH_CLOSED = /[:：]\s*(?:「[^「」]*」|“[^“”]*”)\s*$/u;
function endsWithSpeech(tail: string, next: string): boolean {
  return SPEECH_CLOSED.test(tail.slice(-400)) && !startsMidSentence(next);
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
  // The paragraph being built, kept as its pieces and joined once when it is done: joining at every column
  // break would copy the growing text and its spans each time.
  let cur: { parts: Mapped[]; texts: string[]; seps: string[]; fragment: boolean; title: boolean; tag: string } | null = null;
  const start = (piece: Piece, fragment: boolean) => ({ parts: [piece.m], texts: [piece.m.text], seps: [] as string[], fragment, title: piece.title, tag: piece.tag });
  const done = (c: NonNullable<typeof cur>) => out.push({ m: concatAll(c.parts, c.seps), fragment: c.fragment });
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece) continue;
    if (!cur) {
      const orphan = out.length === 0 && !continuedFrom && startsMidSentence(piece.m.text);
      cur = start(piece, orphan);
      continue;
    }
    // A paragraph closed by a link arrow ("详情>>") is done, as one closed by a full stop (link-arrow.ts), and so is
    // one closed by a bracketed aside after its last full stop ("… powerhouse. (RELATED: …)", aside-end.ts).
    // (A part's bare number on a line of its own is no paragraph's half: it is neither run on nor run into.)
    const mark = (cur.texts.length === 1 && isPartMark(cur.texts[0] ?? '')) || isPartMark(piece.m.text);
    const tailText = cur.texts[cur.texts.length - 1] ?? '';
    const open =
      !cur.title && !mark && !endsSentenceJoined(cur.texts) && !endsWithLinkArrow(tailText) && !endsWithAside(tailText) && !endsWithSpeech(tailText, piece.m.text);
    if (open) {
      const next = pieces[i + 1];
      // A banner dropped between the halves of a sentence: what follows it goes on with the sentence. Latin
      // text says so by case; a capital after it starts a sentence, and the line was a subhead.
      // A list item is the list's, never a banner.
      if (piece.title && piece.tag !== 'li' && next && !next.title && (hasCjk(next.m.text.slice(0, 1)) || startsMidSentence(next.m.text))) {
        rubrics.push(piece.m.text);
        continue;
      }
      if (!piece.title && !piece.indented && !piece.afterPost && joinable(cur.tag, piece.tag)) {
        if (piece.m.text) {
          cur.seps.push(joiner(cur.texts[cur.texts.length - 1] ?? '', piece.m.text));
          cur.parts.push(piece.m);
          cur.texts.push(piece.m.text);
        }
        cur.tag = piece.tag;
        cur.title = false;
        continue;
      }
    }
    done(cur);
    cur = start(piece, !piece.title && startsMidSentence(piece.m.text));
  }
  if (cur) done(cur);
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
  const kept: Mapped[] = [];
  const seps: string[] = [];
  let at = 0;
  const keep = (part: Mapped) => {
    if (!part.text) return;
    const prev = kept[kept.length - 1];
    if (prev) seps.push(joiner(prev.text, part.text) ? ' ' : '');
    kept.push(part);
  };
  for (const [s, e] of ranges) {
    keep(trim(slice(m, at, s)));
    at = e;
  }
  keep(trim(slice(m, at)));
  return concatAll(kept, seps);
}

/** A bucket larger than this becomes a Set: many keys of one length (a hostile page) must not cost a scan each. */
const BUCKET_SCAN = 16;

/**
 * Keys seen so far, bucketed by length: a sentence is compared only with keys as long as it, so most keys
 * are never hashed (most sentences have no twin, and hashing each one would read it whole).
 */
class SeenKeys {
  private byLength = new Map<number, string[] | Set<string>>();

  /** Whether the key was seen before; remembers it if not. */
  check(key: string): boolean {
    const bucket = this.byLength.get(key.length);
    if (!bucket) {
      this.byLength.set(key.length, [key]);
      return false;
    }
    if (bucket instanceof Set) {
      if (bucket.has(key)) return true;
      bucket.add(key);
      return false;
    }
    for (const k of bucket) if (k === key) return true;
    if (bucket.length >= BUCKET_SCAN) this.byLength.set(key.length, new Set([...bucket, key]));
    else bucket.push(key);
    return false;
  }
}

/**
 * A short line standing alone (a label over each part of a story: "Meal 1", "Pre-workout meal", "Eat 60–90
 * minutes before your workout") is structure the story repeats on purpose, not text printed twice.
 */
function isShortLine(text: string): boolean {
  return text.length < (hasCjk(text) ? SHORT_LINE_CJK : SHORT_LINE_LATIN);
}
const SHORT_LINE_CJK = 16;
const SHORT_LINE_LATIN = 60;

/** Drops sentences (and ；-clauses) that already appeared earlier in the same story. */
function dropRepeats<T extends { m: Mapped }>(items: T[]): T[] {
  const seen = new SeenKeys();
  const result: T[] = [];
  for (const item of items) {
    const drop: [number, number][] = [];
    const text = item.m.text;
    if (isShortLine(text)) {
      result.push(item);
      continue;
    }
    for (const [s, e] of sentenceRanges(text)) {
      // A key is never longer than its sentence without its end: short ones cannot be repeats worth dropping.
      if (e - s < MIN_REPEAT || sentenceKeyBound(text, s, e) < MIN_REPEAT) continue;
      const key = sentenceKeyAt(text, s, e);
      if (key.length < MIN_REPEAT) continue;
      if (seen.check(key)) drop.push([s, e]);
    }
    const m = drop.length ? without(item.m, drop) : item.m;
    if (m.text.trim()) result.push(m === item.m ? item : { ...item, m });
  }
  return result;
}
