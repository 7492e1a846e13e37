// An interview's parts numbered with a zero-padded number and a title ("01 学院,媒体,声音"), each opening on a
// question turn ("Q:…", "问:…"): the parts of one interview, never stories of their own. The head stays in the
// story's text as a line of its own. Only inside a story's text (below its first paragraph of prose). One look at
// the next line: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { belowHanProse } from './han-prose';

/** "01 学院,媒体,声音", "02｜…": a zero-padded part number and a short title with no stop. */
const PART = /^\s*0[1-9]\s*[|｜.、:：]?\s*[^\s。！？!?]{2,}[^。！？!?]{0,22}$/u;
/** A question turn: "Q:", "Q1:", "问:", "問：", "记者:". */
const QUESTION = /^\s*(?:Q\d{0,2}|问|問|记者|記者)\s*[:：]/u;

export function markNumberedParts(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = belowHanProse(blocks, infos); i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    const text = blocks[i]?.text ?? '';
    if (!info.title || info.dateline || info.byline || !PART.test(text)) continue;
    if (!QUESTION.test(blocks[i + 1]?.text ?? '')) continue;
    infos[i] = { ...info, title: false, pageLabel: false };
  }
}
