// Items each closed by a tag in capitals after their last sentence: the name of the source the item was summed up
// from, or its link's words ("… calling it “stupid.” NPR", "… Here’s what’s in the budget: CNN MONEY", "… SEE PIC"),
// as a news-digest site prints its day's items, one paragraph each, often with a quip or a GIF's title under it. The
// tag closes the item as an agency credit does. A story names its sources inside its sentences and closes on a
// sentence; a page where three paragraphs or more, and half its paragraphs, close on such a tag is a column of items:
// each tagged paragraph opens one, and a line under it that closes on no tag (the quip, the GIF's title, a quoted
// post) goes on with the item above. Reads each paragraph's last characters once: linear.
import type { Block } from '../types';

/**
 * A tag closing a paragraph: one to four words in capitals (a figure, "&" or "." inside), after a sentence's stop, a
 * closing quotation mark or a colon. Lowercase letters anywhere in it make it a sentence's end, never a tag.
 */
const TAG_END = /(?:[.!?]["”’)]?|["”’]|:)\s+([A-Z][A-Z0-9&.'’]*(?:\s+[A-Z0-9&][A-Z0-9&.'’]*){0,3})\s*$/;
/** How far from the paragraph's end the tag and the stop before it are looked for. */
const WINDOW = 48;
/** A tag is two letters or more ("AP", "NPR"); a paragraph closed so holds a sentence or two before it. */
const MIN_TAG = 2;
const MIN_ITEM = 60;
const MIN_TAGGED = 3;
/** What a tagged paragraph says as an item's start: as much as a start after an agency credit. */
const TAG_START = 2.5;

/** Whether the paragraph closes on a tag in capitals. */
export function closesOnTag(text: string): boolean {
  if (text.length < MIN_ITEM) return false;
  const m = TAG_END.exec(text.slice(-WINDOW));
  return !!m && (m[1] ?? '').replace(/[^A-Z]/g, '').length >= MIN_TAG;
}

/** The paragraphs closed by a tag where the page is a column of such items; empty otherwise. */
export function tagClosed(blocks: readonly Block[], prose: Int32Array): number[] {
  const tagged: number[] = [];
  let paragraphs = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!prose[i]) continue;
    paragraphs++;
    if (closesOnTag(blocks[i]?.text ?? '')) tagged.push(i);
  }
  return tagged.length >= MIN_TAGGED && tagged.length * 2 >= paragraphs ? tagged : [];
}

/** Starts at every tagged paragraph of such a column; a candidate already there is raised to a tagged item's weight. */
export function withTagStarts<C extends { head: number; body: number; score: number; kind: string; runIn: number }>(
  cands: C[],
  blocks: readonly Block[],
  facts: { prose: Int32Array; furniture: Uint8Array },
): C[] {
  const tagged = tagClosed(blocks, facts.prose);
  if (!tagged.length) return cands;
  const starts = new Set(tagged);
  // Where most tagged paragraphs stand right under the item above, no headline between, the page sets its items
  // headless: a line over a tagged paragraph closes the item above (a quip, a quoted post), it heads no item.
  // (Counted from the second tagged paragraph: one is bare when no headline-like line stands between it and the last.)
  let bare = 0;
  let seen = false;
  let headed = false;
  for (let k = 0; k < blocks.length; k++) {
    if (starts.has(k)) {
      if (seen && !headed) bare++;
      seen = true;
      headed = false;
    } else if (!facts.prose[k] && !facts.furniture[k]) headed = true;
  }
  const headless = bare * 2 >= tagged.length - 1;
  const out = cands.map((c) => (starts.has(c.body) ? { ...c, head: headless ? c.body : c.head, score: Math.max(c.score, TAG_START) } : c));
  // (Blocks a candidate already covers, its head lines and its first text: marked once, so the page is read once.)
  const covered = new Uint8Array(blocks.length);
  for (const c of cands) for (let k = c.head; k <= c.body && k < blocks.length; k++) covered[k] = 1;
  for (const k of tagged) if (!covered[k]) out.push({ head: k, body: k, kind: 'after-credit', score: TAG_START, runIn: 0 } as C);
  return out.sort((a, b) => a.head - b.head);
}
