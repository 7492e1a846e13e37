// A phrase head in Latin-script text: a line of a few words that no stop closes ("Too few drivers", "Who will pay
// more?", "LOCAL GOLF"), the shape of a section head, a label or a table's heading row, not of a sentence. The
// readers that test it differ only in how many words a head may hold, which stops close a sentence for them (a
// question may head a section; a colon closes a lead-in) and whether a head may open on a digit (a numbered point
// or a figure is none); those are the caller's shape. One test of one line: linear in the page.

export interface PhraseShape {
  /** Words a head holds at most. */
  readonly maxWords: number;
  /** The line's end as a sentence's or a clause's end (a stop, perhaps a closing quote after it). */
  readonly closed: RegExp;
  /** Whether the head may open on a digit. */
  readonly digitLead: boolean;
}

/** The trimmed text is a head of `shape.maxWords` words or fewer, not closed by `shape.closed`. */
export function isPhraseHead(text: string, shape: PhraseShape): boolean {
  const t = text.trim();
  if (!t || shape.closed.test(t) || (!shape.digitLead && /^\d/.test(t))) return false;
  return t.split(/\s+/).length <= shape.maxWords;
}
