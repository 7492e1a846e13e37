// A string that remembers where each run of it came from in the blocks, so that every edit the
// segmenter makes (stripping a dateline, joining a column break, dropping a repeat) keeps an exact map
// back to the page.
import type { SourceSpan } from '../types';

export interface Mapped {
  text: string;
  spans: SourceSpan[];
}

export const EMPTY: Mapped = { text: '', spans: [] };

export function fromBlock(block: number, text: string): Mapped {
  return { text, spans: text.length ? [{ block, blockStart: 0, start: 0, end: text.length }] : [] };
}

export function slice(m: Mapped, start: number, end: number = m.text.length): Mapped {
  const s = Math.max(0, Math.min(start, m.text.length));
  const e = Math.max(s, Math.min(end, m.text.length));
  const spans: SourceSpan[] = [];
  for (const sp of m.spans) {
    const a = Math.max(sp.start, s);
    const b = Math.min(sp.end, e);
    if (a >= b) continue;
    spans.push({ block: sp.block, blockStart: sp.blockStart + (a - sp.start), start: a - s, end: b - s });
  }
  return { text: m.text.slice(s, e), spans };
}

/** a + sep + b; the separator (a space at most) maps to nothing. */
export function concat(a: Mapped, b: Mapped, sep = ''): Mapped {
  if (!a.text) return b;
  if (!b.text) return a;
  const shift = a.text.length + sep.length;
  return {
    text: a.text + sep + b.text,
    spans: [...a.spans, ...b.spans.map((sp) => ({ ...sp, start: sp.start + shift, end: sp.end + shift }))],
  };
}

/**
 * parts[0] + seps[0] + parts[1] + … in one pass, the same as folding `concat` (a separator counts only
 * between two non-empty texts): joining a long run piece by piece would copy the text and spans each time.
 */
export function concatAll(parts: readonly Mapped[], seps: readonly string[]): Mapped {
  const texts: string[] = [];
  const spans: SourceSpan[] = [];
  let length = 0;
  parts.forEach((p, k) => {
    if (!p.text) return;
    if (length > 0) {
      const sep = seps[k - 1] ?? '';
      texts.push(sep);
      length += sep.length;
    }
    texts.push(p.text);
    for (const sp of p.spans) spans.push(length ? { ...sp, start: sp.start + length, end: sp.end + length } : sp);
    length += p.text.length;
  });
  if (texts.length === 1) return parts.find((p) => p.text) as Mapped;
  return { text: texts.join(''), spans };
}

export function trim(m: Mapped): Mapped {
  const lead = m.text.length - m.text.trimStart().length;
  const end = m.text.trimEnd().length;
  if (lead === 0 && end === m.text.length) return m;
  return slice(m, lead, Math.max(lead, end));
}

/** Removes [start, end) and trims the seam. */
export function cut(m: Mapped, start: number, end: number): Mapped {
  const before = slice(m, 0, start);
  const after = slice(m, end);
  const sep = /\s$/.test(before.text) || /^\s/.test(after.text) ? ' ' : '';
  return trim(concat(trim(before), trim(after), sep && before.text.trim() && after.text.trim() ? ' ' : ''));
}
