// A headline opened by a quotation that is a whole sentence of its own, then the title's phrase
// ("「戒嚴時期跑新聞的最大收獲,就是學會擺脫竊聽和跟蹤。」那些年,在黑夜中尋找星星的新聞人"), over the story's date
// line: the stop inside the quotation marks is the quotation's, not the line's, so the line is a headline and not a
// paragraph (headline.ts reads any stop as prose). Taken only where a date or source line follows right under it, as
// under a web headline, and the phrase after the quotation ends unpunctuated. Each line looks at its next one only.
import type { Block } from '../types';
import { isMetaLine, type BlockInfo } from './classify';

/** A quoted sentence opening the line, then a phrase of 4 to 30 characters with no stop or semicolon. */
const QUOTED_HEAD = /^[「“『]([^」”』]{4,40}[。！？!?…])[」”』]\s*([^。；;！？!?「」“”『』]{4,30})$/u;
/** A date alone, with or without its clock time: "2020-10-08", "2023年9月7日 10:20". */
const DATE_ALONE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
const MAX_LINE = 70;

export function markQuotedHeads(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const text = (blocks[i]?.text ?? '').trim();
    if (text.length > MAX_LINE) continue;
    const info = infos[i] as BlockInfo;
    if (info.title || info.byline || info.dateline || info.from || info.markerOnly || info.credit) continue;
    if (!QUOTED_HEAD.test(text)) continue;
    const next = (blocks[i + 1]?.text ?? '').trim();
    if (!DATE_ALONE.test(next) && !isMetaLine(next)) continue;
    infos[i] = { ...info, title: true };
  }
}
