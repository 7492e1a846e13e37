// A page's browser title run onto its "you are here" path ("标题 您所在的位置:网站首页 栏目 标题"): a page text copied
// from a site that prints its title bar and breadcrumb on one line. The line opens and closes on the same words (the
// title, the path's last item) with the path's label between: furniture, no story's text and no headline (the
// headline is the page's next title line). One pattern and one comparison a line.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { asFurniture } from './line-marks';

const LOCATION = /\s*(?:您所在的位置|您所在位置|您的位置|您现在的位置|您現在的位置|当前位置|當前位置|所在位置)\s*[:：]/u;
const MIN_TITLE = 6;
const MAX_LINE = 240;

export function markLocatedLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const text = (blocks[i]?.text ?? '').trim();
    if (text.length > MAX_LINE) continue;
    // (Every label ends on 位置: a line without it is passed over unscanned.)
    const m = text.includes('位置') ? LOCATION.exec(text) : null;
    if (!m || m.index < MIN_TITLE) continue;
    const head = text.slice(0, m.index).trim();
    if (head.length < MIN_TITLE || !text.endsWith(head) || text.length - head.length <= m.index + m[0].length) continue;
    infos[i] = asFurniture(infos[i] as BlockInfo);
  }
}
