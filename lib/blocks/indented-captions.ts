// A picture's caption set apart by its indent in a page text: a blog that indents every paragraph by a few spaces
// centres the caption under its picture, so the text keeps it as a line opening with many more spaces than the
// paragraphs ("     The City is leaking. …" / "                           Assistant Chief – Jane Doe at the
// podium"). A short line with no closing stop, indented at least three times as deep as the page's paragraph
// indent, between them: the picture's caption, kept with the story as a figcaption is, never one of its paragraphs
// (English plain-text round 10). The page's paragraph indent is the one most of its indented parts share; one pass
// over the parts, then one over the candidates: linear in the page.

/** A paragraph indent of two to eight spaces, and the number of parts that must share it. */
const MIN_INDENT = 2;
const MAX_INDENT = 8;
const MIN_INDENTED = 3;
/** A caption is at most this long and at least this deep (and three times the paragraph indent). */
const MAX_CAPTION = 120;
const MIN_DEPTH = 12;
const STOPPED = /[.!?。！？]["”’')]*$/u;

function indentOf(part: string): number {
  const m = /^\n*( *)\S/.exec(part);
  return m ? (m[1] as string).length : 0;
}

/** The indices of the parts (blank-line separated) that are indented captions. */
export function indentedCaptions(parts: readonly string[]): Set<number> {
  const out = new Set<number>();
  const counts = new Map<number, number>();
  for (const p of parts) {
    const d = indentOf(p);
    if (d >= MIN_INDENT && d <= MAX_INDENT) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let indent = 0;
  let most = 0;
  for (const [d, n] of counts) if (n > most) [indent, most] = [d, n];
  if (most < MIN_INDENTED) return out;
  for (let i = 1; i + 1 < parts.length; i++) {
    const p = parts[i] as string;
    const t = p.trim();
    if (!t || t.includes('\n') || t.length > MAX_CAPTION || STOPPED.test(t)) continue;
    const d = indentOf(p);
    if (d < MIN_DEPTH || d < indent * 3) continue;
    // Between the page's indented paragraphs, not among its header lines.
    if (indentOf(parts[i - 1] as string) !== indent && indentOf(parts[i + 1] as string) !== indent) continue;
    out.add(i);
  }
  return out;
}
