// Section labels framed by dashes ("-入行3年-", "—— 第二站 ——") set two or more times on a page, each with a line
// wholly in quotation marks under it ("“不再因无知而偏见,不再因肤浅而轻信”"): the parts of one feature, each
// headed by its label and a pull quote, not stories of their own. The label and its quoted head stay in the story's
// text (neither is a headline). A page of briefs under section labels keeps its stories: their headlines are no
// quotations. One pass over the blocks.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const FRAMED = /^\s*[-—–─]{1,4}\s*[^-—–─\s][^-—–─]{0,14}?\s*[-—–─]{1,4}\s*$/u;
const QUOTED = /^\s*[“「『"][^“”「」『』"]{2,40}[”」』"]\s*$/u;
/** Labels a page sets at least this often before its parts are read as one feature's. */
const MIN_LABELS = 2;

export function markFramedLabels(blocks: readonly Block[], infos: BlockInfo[]): void {
  const labels: number[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (FRAMED.test(blocks[i]?.text ?? '') && QUOTED.test(blocks[i + 1]?.text ?? '')) labels.push(i);
  }
  if (labels.length < MIN_LABELS) return;
  for (const i of labels) {
    for (const k of [i, i + 1]) {
      const info = infos[k] as BlockInfo;
      infos[k] = { ...info, title: false, pageLabel: false };
    }
  }
}
