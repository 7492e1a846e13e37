// How far the text beside a candidate strays from the context saved beside a quote.
// The alignment is pinned at the quote's edge: the characters touching the quote weigh the
// same as the far ones, but the far end may drift (text inserted or removed a little way off).

/**
 * Edit distance between `expected` and the best-aligned stretch of text that starts at the
 * pinned edge (j = 0) and runs outwards. `same(i, j)` compares expected[i] with text[j], both
 * counted outwards from the edge. At most 2·m text characters are considered.
 */
function pinnedDistance(m: number, n: number, same: (i: number, j: number) => boolean): number {
  if (m === 0) return 0;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const substitute = prev[j - 1] + (same(i - 1, j - 1) ? 0 : 1);
      const skipExpected = prev[j] + 1;
      const skipText = cur[j - 1] + 1;
      cur[j] = substitute < skipExpected ? (substitute < skipText ? substitute : skipText) : skipExpected < skipText ? skipExpected : skipText;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  // The text side may stop anywhere: take the cheapest end.
  let best = m;
  for (let j = 0; j <= n; j++) if (prev[j] < best) best = prev[j];
  return best;
}

/** Edits needed to turn the text ending at `pos` into `expected` (a saved prefix). */
export function distanceBefore(text: string, pos: number, expected: string): number {
  const m = expected.length;
  const n = Math.min(pos, 2 * m);
  return pinnedDistance(m, n, (i, j) => expected.charCodeAt(m - 1 - i) === text.charCodeAt(pos - 1 - j));
}

/** Edits needed to turn the text starting at `pos` into `expected` (a saved suffix). */
export function distanceAfter(text: string, pos: number, expected: string): number {
  const m = expected.length;
  const n = Math.min(text.length - pos, 2 * m);
  return pinnedDistance(m, n, (i, j) => expected.charCodeAt(i) === text.charCodeAt(pos + j));
}
