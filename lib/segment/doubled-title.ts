// A Latin-script headline closed by a full stop that the page prints twice, one print right under the other, among
// its first lines ("Minister responds to accusation." over "Minister responds to accusation."): a blog keeps the
// post's title as the page's title and again as its heading, and a page text keeps both. A line closed by a stop
// reads as prose (headline.ts), but no sentence of a story's text is printed twice in a row at its head: the line is
// the headline, and its second print the same title (headline-echoes.ts reads the repeat). Only a line of one
// sentence (no stop, question or exclamation inside), of a headline's few words, before the page's first line of
// prose and under no headline line (under one, a sentence printed twice is its lead or deck repeated). One look at
// the page's opening lines, one comparison each: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** The page's opening: the lines looked at. */
const OPENING = 8;
/** A headline's words. */
const MIN_WORDS = 3;
const MAX_WORDS = 20;
/** A line of prose: longer than any such headline, it closes the look. */
const PROSE_CHARS = 160;

/** One sentence of Latin words closed by a single full stop. */
function stoppedLine(text: string): boolean {
  if (!/[A-Za-z]\.$/.test(text) || /[.!?]\s/.test(text) || /[\u3040-\u30ff\u3400-\u9fff]/.test(text)) return false;
  const words = text.split(/\s+/).length;
  return words >= MIN_WORDS && words <= MAX_WORDS && /^["“'‘(]?[A-Z0-9]/.test(text);
}

export function markDoubledTitle(blocks: readonly Block[], infos: BlockInfo[]): void {
  const end = Math.min(blocks.length - 1, OPENING);
  for (let i = 0; i < end; i++) {
    const text = (blocks[i]?.text ?? '').trim();
    if (text.length > PROSE_CHARS) return;
    const info = infos[i] as BlockInfo;
    // (Under a headline already read, a sentence printed twice is the lead or deck repeated, no headline.)
    if (info.title) return;
    if (info.byline || info.dateline || info.markerOnly || !stoppedLine(text)) continue;
    if ((blocks[i + 1]?.text ?? '').trim() !== text) continue;
    infos[i] = { ...info, title: true };
    infos[i + 1] = { ...(infos[i + 1] as BlockInfo), title: true };
    return;
  }
}
