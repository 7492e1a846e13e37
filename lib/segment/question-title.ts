// A headline put as a question, longer than a headline's usual measure ("…古病毒,它们对人体有威胁吗?", a spam page's
// title spliced onto a slogan): closed by its question mark, it reads as a sentence of prose, and the page comes back
// headless. A line opening the page (no prose above it), one clause group closed by a single question mark with no
// other stop in it, right over a date or publication line, is the page's headline. Only the page's first few lines
// are read: constant work.
import type { Block } from '../types';
import { isMetaLine, type BlockInfo } from './classify';

/** Longer than this, a line is a paragraph. */
const MAX_HEADLINE = 80;
/** How far down the page's text the headline may open (banners and menus above it). */
const MAX_TOP = 4;
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/u;
/** One question closing the line, no other stop anywhere in it. */
const QUESTION = /^[^。！？!?；;]+[？?]$/u;

/** Marks the page's opening question headline as a headline line (infos updated in place). */
export function markQuestionTitle(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let k = 0; k < Math.min(blocks.length - 1, MAX_TOP); k++) {
    const t = blocks[k]?.text.trim() ?? '';
    const info = infos[k] as BlockInfo;
    if (info.title) return;
    if (info.markerOnly || info.byline || info.dateline || info.credit) continue;
    if (t.length > MAX_HEADLINE || t.includes('\n') || !QUESTION.test(t)) {
      // Prose above: the page's text has begun.
      if (/[。！？!?]/u.test(t) && t.length > 40) return;
      continue;
    }
    if (!/[\u3400-\u9fff]/u.test(t)) continue;
    const under = blocks[k + 1]?.text.trim() ?? '';
    if (under.length < 90 && (isMetaLine(under) || DATE.test(under)) && !/[。！？]$/u.test(under)) {
      infos[k] = { ...info, title: true };
      return;
    }
  }
}
