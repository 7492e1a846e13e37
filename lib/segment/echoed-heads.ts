// A section head the text below it closes on: a feature sets the last words of its next paragraph apart as a head
// ("十年一剑,霜刃利否?" over "…个个跃跃欲试:十年一剑,霜刃利否?"), a part's title drawn from its own words. A story's
// headline is never the close of the paragraph right under it once the page has a headline above (a brief's lead
// restates its headline's words, but opens on them or runs on after them): such a head is the story's text. The page's first headline-like line is left alone (a lead
// may open by restating its headline), and so is a line over a dateline restating it ("…电 题:…"). One look at the paragraph under each headline-like line: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { cjkCount } from './sentence';
import { bareWords } from './bare-words';

/** A head is a phrase of a few characters at least, so that a repeat is no chance. */
const MIN_HEAD = 4;
/** And a line of a headline's length at most. */
const MAX_HEAD = 30;
/** The paragraph under it is prose, at least this many times the head's length. */
const PROSE = 2;

/** A clause mark: the head is the paragraph's closing clause, not the text of a link run on after it ("Continue reading …"). */
const CLAUSE_MARK = /[:,;.!?。、…—]$/u;

/** Whether the paragraph, read without spaces, closes on the head (its marks aside) as a clause of its own. */
function closesOn(paragraph: string, head: string): boolean {
  const text = paragraph.normalize('NFKC').replace(/\s+/gu, '');
  // Walk back from the paragraph's end over the head's characters, passing marks and symbols. (Before the prose
  // test, which reads the whole paragraph: most paragraphs end on other words.)
  let k = text.length;
  for (let h = head.length - 1; h >= 0; h--) {
    while (k > 0 && /[\p{P}\p{S}]/u.test(text[k - 1]!)) k--;
    if (k === 0 || text[k - 1] !== head[h]) return false;
    k--;
  }
  if (bareWords(text).length < head.length * PROSE) return false;
  return CLAUSE_MARK.test(text.slice(0, k));
}

export function markEchoedHeads(blocks: readonly Block[], infos: BlockInfo[]): void {
  let seenTitle = false;
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (!info.title) continue;
    if (!seenTitle) {
      seenTitle = true;
      continue;
    }
    const next = infos[i + 1];
    if (!next || next.title || next.byline || next.markerOnly || next.dateline) continue;
    const head = bareWords(blocks[i]?.text ?? '');
    const n = cjkCount(head);
    if (n < MIN_HEAD || n > MAX_HEAD) continue;
    if (closesOn(blocks[i + 1]?.text ?? '', head)) infos[i] = { ...info, title: false, pageLabel: false };
  }
}
