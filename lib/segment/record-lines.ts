// An e-paper system's record of the story printed as a line at the page's foot: the paper, the page, the headline
// and the date among file names and ids ("浙江日报 新闻周刊·万家灯火 00014 “国宾待遇”的校车队 2008-1-31 196C88AB…").
// It names the story the page shows, heads none and is none: page furniture, like the tool lines around it. So is
// the publisher's line ("浙江日报报业集团主办"), which a page text may set right over the date line above the headline.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
/** Words of a sentence: a record line has none besides the headline it names. */
const SENTENCE_MARK = /[。，！？、,!?]/;
const MAX_LINE = 300;
/** The publisher's line of an e-paper or site ("浙江日报报业集团主办", "主管单位:… 主办单位:…"): furniture too. */
const SPONSOR_LINE = /^[\u3400-\u9fff·\s]{2,24}(?:主办|主辦)$/u;
const MIN_HEADLINE = 4;

export function markRecordLines(blocks: Block[], infos: BlockInfo[]): void {
  const heads = blocks.filter((b, i) => infos[i]?.title && b.text.trim().length >= MIN_HEADLINE).map((b) => b.text.trim());
  if (!heads.length) return;
  blocks.forEach((b, i) => {
    const info = infos[i];
    const t = b.text.trim();
    if (!info || info.markerOnly) return;
    if (SPONSOR_LINE.test(t)) {
      infos[i] = { ...info, title: false, markerOnly: true };
      return;
    }
    if (t.length > MAX_LINE || !DATE.test(t)) return;
    const head = heads.find((h) => h !== t && t.includes(h));
    if (!head) return;
    const rest = t.replace(head, ' ');
    if (SENTENCE_MARK.test(rest) || !DATE.test(rest)) return;
    infos[i] = { ...info, title: false, markerOnly: true };
  });
}
