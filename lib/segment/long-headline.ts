// A headline longer than a headline's usual measure: a government notice names its whole subject in its title
// ("…关于印发《…实施方案》的通知", sixty characters and more), and a page of it prints that title at the top, right over
// its date or source line. Such a line opening the page (no sentence of prose above it), with no stop of its own and
// a publication line under it, is the page's headline, however long.
import type { Block } from '../types';
import { isMetaLine, type BlockInfo } from './classify';

/** Longer than this, a line is a paragraph whatever it ends on. */
const MAX_HEADLINE = 120;
/** How far down the page's text the headline may open (banners and menus above it). */
const MAX_TOP = 4;
/** A date line: "2023-03-15", "2023年3月15日", a meta line. */
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/u;

/** Marks the page's opening long headline as a headline line (infos updated in place). */
export function markLongHeadline(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let k = 0; k < Math.min(blocks.length - 1, MAX_TOP); k++) {
    const t = blocks[k]?.text.trim() ?? '';
    const info = infos[k] as BlockInfo;
    // Prose above: the page's text has begun.
    if (/[。！？!?]/u.test(t) && t.length > 40) return;
    if (info.title || info.markerOnly || info.byline || info.dateline || info.credit) continue;
    if (t.length > MAX_HEADLINE || /[。；;！？!?，,、:：]$/u.test(t) || /[。；;]/u.test(t)) continue;
    if (!/[\u3400-\u9fff]/u.test(t)) continue;
    const under = blocks[k + 1]?.text.trim() ?? '';
    if (under.length < 90 && (isMetaLine(under) || DATE.test(under)) && !/[。！？]$/u.test(under)) {
      infos[k] = { ...info, title: true };
      return;
    }
  }
}
