// A page stored cut inside its last item's text: the excerpt stops a few words into the item's first sentence
// ("伊拉克展開軍事行動", "【有線新聞】內地…,將推動智能義肢在"), so the words, with no stop, read as one more headline
// line, and the item's headline group runs on into the page's end with no text under it. Where every item above
// heads its text with a group of the same few lines, a closing run of exactly one line more is that group over the
// cut text: its last line is the item's text.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { isLabel } from './facts';

/** Items above whose headline groups set the page's template: this many at least. */
const MIN_ITEMS = 2;
/** The template's headline group holds this many lines at least. */
const MIN_GROUP = 2;
/** The cut text holds this many letters at least (a few words, not a mark or a label). */
const MIN_TEXT = 6;

/** A sentence's stop closing the line: a finished line of text, no cut. */
const STOPPED = /[。！？!?.；;…」”"）)】]\s*$/u;

/** Marks the page's last line as text when it is a cut item's first words under its headline group. */
export function markCutTail(blocks: readonly Block[], infos: BlockInfo[]): void {
  const n = blocks.length;
  if (n < 2 * MIN_ITEMS + 2) return;
  // Runs of headline lines between texts, in one pass: the page's opening run (its title lines over the first
  // item's group) and the runs heading each later item's text.
  const runs: number[] = [];
  let opening = -1;
  let run = 0;
  for (let k = 0; k < n; k++) {
    if (infos[k]?.title) run++;
    else if (opening < 0) opening = run;
    else if (run > 0) runs.push(run);
    if (!infos[k]?.title) run = 0;
  }
  if (run < 2 || runs.length === 0) return;
  // (A loop, not Math.max(...runs): a page of a hundred thousand lines would overflow the call's arguments.)
  let widest = 0;
  for (const r of runs) if (r > widest) widest = r;
  // (A group of two lines and more, kicker or meta lines over the headline: one line is as often a picture's caption
  // or a section head inside one story, and a story cut under its caption is no item.)
  if (widest < MIN_GROUP) return;
  // (The opening run counts as an item when it holds the group: its page title lines stand over it.)
  const items = runs.length + (opening >= widest ? 1 : 0);
  if (items < MIN_ITEMS || run !== widest + 1 || runs.filter((r) => r === widest).length * 2 < runs.length) return;
  const last = blocks[n - 1]?.text.trim() ?? '';
  const letters = last.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_TEXT || STOPPED.test(last) || isLabel(last)) return;
  (infos[n - 1] as BlockInfo).title = false;
}
