// A blog theme's read-on link run onto a post's excerpt with the post's title after it, unquoted ("…共同面临的课题。
// Continue reading 应对极端天气频发…"): the link closes the teaser as the quoted form ("Continue reading “title”",
// facts.ts) does. The link's words, capitalised, follow a sentence's end; the title after them runs to the block's end
// with no sentence stop of its own. Read on the block's tail only.

/** "Continue reading" after a sentence's end, then a title with no stop of its own to the end of the block (an
 * abbreviation's points, run on to the next letter or comma, "(i.e., North Korea)", are no stop). */
const TITLED_READ_ON = /[.!?。！？…”"」』)）]\s*(?:Continue reading|Read more|Keep reading)\s+[^\s.!?。！？](?:[^.!?。！？\n]|\.(?=[\p{L}\d,])){0,119}$/u;
/** Text of the item's own before the link. */
const MIN_BEFORE = 40;

/** The block ends in a read-on link followed by the unquoted title of the post it closes. */
export function endsInTitledReadOn(text: string): boolean {
  const tail = text.slice(-200);
  // (Each of the link's words holds "ead": a tail without it is spared the pattern.)
  const m = tail.includes('ead') ? TITLED_READ_ON.exec(tail) : null;
  return !!m && text.length - tail.length + m.index + 1 >= MIN_BEFORE;
}
