// A paragraph closed by a bracketed aside set after its last full stop: a web editor's link to a related story
// ("…they were still huge underdogs. (RELATED: Kentucky's Christmas Card Must Be Intimidating)") or a short note in
// brackets. Its sentence is complete before the bracket, so the paragraph is done, and the block under it is a
// paragraph of its own, not the other half of a sentence (repair.ts joins a block that no stop closes with the next).
// Latin text only: the stop before the bracket is ". ", "! " or "? ". Reads only the text's end.

/** An aside is a line or so; a longer bracket is text of its own. */
const MAX_ASIDE = 200;
/** A sentence stop (and a closing quote) before the bracket, then a space. */
const STOP_BEFORE = /[.!?]["'”’]?\s+$/;

export function endsWithAside(text: string): boolean {
  const t = text.trimEnd();
  if (!t.endsWith(')')) return false;
  const tail = t.slice(-(MAX_ASIDE + 4));
  const open = tail.lastIndexOf('(');
  if (open <= 0 || tail.length - open > MAX_ASIDE) return false;
  const inner = tail.slice(open + 1, -1);
  if (!inner.trim() || inner.includes(')')) return false;
  return STOP_BEFORE.test(tail.slice(0, open));
}
