// Small lookups of listed words around a position of a text, shared by the places' grammar modules.

/** The length of the first of `words` that starts at `at`, or 0. */
export function wordAt(text: string, at: number, words: readonly string[]): number {
  // The first unit compared before the whole word: most positions start none of them (a unit past the end is NaN).
  const c = text.charCodeAt(at);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.charCodeAt(0) === c && text.startsWith(w, at)) return w.length;
  }
  return 0;
}

/** Whether one of `words` ends right before `at`. */
export function wordBefore(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (at >= w.length && text.startsWith(w, at - w.length)) return true;
  return false;
}
