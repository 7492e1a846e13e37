// Numbered headlines that are sentences: an evening briefing numbers its items with a sentence in bold over each
// item's paragraphs ("1. Donald Trump was subpoenaed months before the F.B.I. search.", "2. Remember how …?", "3.
// Other White House news:"). Such a line, a sentence (or two) closed by a stop, a question or a colon, over unnumbered
// paragraphs that say more than it, heads its item, where the page numbers two items or more so; a numbered line
// with nothing of its own under it (the next line is numbered too) stays a one-line item, and a story's numbered
// list, point under point, is none.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** An item number ("1.", "2)") opening a line, and the rest of the line. */
const NUMBERED = /^\s*(\d{1,2})[.)]\s+(\S.*)$/s;
/** One sentence closed by a stop, a question, an exclamation or a colon (closing quotes after it). */
const HEAD_SENTENCE = /^(?:[^.!?:;]|[.!?:](?=\S)|\.(?=\s+[a-z]))+[.!?:]["”’)]*$/;
const MAX_WORDS = 25;
const MAX_SENTENCES = 2;
/** The item's paragraphs say more than its headline, by this factor at least. */
const MORE = 2;
/** Numbered headlines a page shows to mark its items so. */
const MIN_HEADS = 2;

/** One sentence, or a question and its answer ("What if …? It’s a doomsday scenario …."): two at most. */
function headSentences(line: string): boolean {
  const parts = line.split(/(?<=[.!?]["”’)]*)\s+(?=["“‘]?[A-Z])/);
  return parts.length <= MAX_SENTENCES && parts.every((p) => HEAD_SENTENCE.test(p)) && line.split(/\s+/).length <= MAX_WORDS * parts.length;
}

function numbered(text: string): { n: number; line: string } | null {
  const m = NUMBERED.exec(text);
  return m?.[1] && m[2] ? { n: Number(m[1]), line: m[2].trim() } : null;
}

export function markNumberedHeadlines(blocks: Block[], infos: BlockInfo[]): void {
  const heads: number[] = [];
  // (Numbered lines already read as headlines, "3. Were the schools ready…?", count for the page's pattern.)
  let titled = 0;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    const m = numbered(blocks[i]?.text ?? '');
    if (m && info.title && !infos[i + 1]?.title && !numbered(blocks[i + 1]?.text ?? '')) titled++;
    if (!m || info.title || info.byline || info.markerOnly || info.dateline || info.credit) continue;
    if (!headSentences(m.line)) continue;
    // (Point under point is a list: the line below is numbered too.)
    if (numbered(blocks[i + 1]?.text ?? '')) continue;
    let said = 0;
    for (let k = i + 1; k < blocks.length && !numbered(blocks[k]?.text ?? '') && !infos[k]?.title; k++) said += blocks[k]?.text.length ?? 0;
    if (said >= m.line.length * MORE) heads.push(i);
  }
  if (heads.length + titled < MIN_HEADS) return;
  for (const i of heads) infos[i] = { ...(infos[i] as BlockInfo), title: true };
}
