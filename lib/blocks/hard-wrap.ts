// A text with no blank line whose paragraphs were wrapped at a fixed width by the page that held them (a bulletin
// board's post copied with its line breaks): many lines of one length, each cut mid-sentence, the paragraph's
// last line shorter. Each full-width line that does not close a sentence runs on into the line under it, so a
// paragraph is one block and its wrapped lines, opening mid-sentence, are never read as lines of their own.
// Two passes over the lines: one to count lengths, one to join.

/** The width: the commonest length among long lines, held by enough lines to be a wrap and not chance. */
const MIN_WIDTH = 30;
const MIN_FULL = 5;
const FULL_SHARE = 0.4;
const STOP = /[。！？!?」”』]$/u;

export function joinHardWraps(lines: string[]): string[] {
  const counts = new Map<number, number>();
  let long = 0;
  for (const l of lines) {
    const n = l.trim().length;
    if (n < MIN_WIDTH) continue;
    long++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [n, c] of counts) {
    const near = c + (counts.get(n - 1) ?? 0) + (counts.get(n + 1) ?? 0);
    if (near > best || (near === best && n > width)) [width, best] = [n, near];
  }
  if (best < MIN_FULL || best < long * FULL_SHARE) return lines;
  const out: string[] = [];
  let run = '';
  for (const l of lines) {
    const t = l.trim();
    run += t;
    const full = Math.abs(t.length - width) <= 1 && !STOP.test(t);
    if (!full) {
      out.push(run);
      run = '';
    }
  }
  if (run) out.push(run);
  return out;
}
