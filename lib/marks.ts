// A passage cut into runs of plain text, figures and places, so the library can show a clipping marked as the
// page was: the same spans the clipping stores, drawn in the page's colours. Overlaps keep the earlier span.
import type { FigureKind, FigureSpan, PlaceSpan } from './types';

export type MarkRun = { text: string; mark: null } | { text: string; mark: 'place' } | { text: string; mark: 'figure'; kind: FigureKind };

/** Only the start of a long passage is drawn (a row shows two lines); this many characters are marked. */
export const MARKED_CHARS = 600;

export function markRuns(text: string, figures: readonly FigureSpan[], places: readonly PlaceSpan[], limit = MARKED_CHARS): MarkRun[] {
  const shown = text.length > limit ? text.slice(0, limit) : text;
  const spans = [
    ...figures.map((f) => ({ start: f.start, end: f.end, run: (t: string): MarkRun => ({ text: t, mark: 'figure', kind: f.kind }) })),
    ...places.map((p) => ({ start: p.start, end: p.end, run: (t: string): MarkRun => ({ text: t, mark: 'place' }) })),
  ]
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.start < shown.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MarkRun[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) out.push({ text: shown.slice(at, s.start), mark: null });
    const end = Math.min(s.end, shown.length);
    out.push(s.run(shown.slice(s.start, end)));
    at = end;
  }
  if (at < shown.length) out.push({ text: shown.slice(at), mark: null });
  return out;
}
