// A document told in an outline: a government notice, an opinion or a plan sets its text in parts headed by Chinese
// numerals ("一、总体要求") and, inside a part, in items numbered in figures, each opened by its topic in a few words
// closed by a stop ("1.指导思想。贯彻落实…"). Two levels of numbering are one document's outline: the items are the
// part's, and the part heads are the document's sections. A digest numbers its stories on one level.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { Candidate } from './starts';

/** A part head: a Chinese numeral and a short head ("一、深化预算管理制度改革的总体要求"). */
const PART_HEAD = /^\s*[一二三四五六七八九十]{1,3}\s*[、．.]\s*\S/u;
const MAX_PART_HEAD = 40;
/** An item numbered in figures, opened by its topic closed by a stop: "1.指导思想。", "2、目标任务。". */
const TOPIC_ITEM = /^\s*[（(]?\d{1,2}\s*[)）.．、]\s*[^。！？\s]{2,20}。/u;

function isPartHead(block: Block | undefined, info: BlockInfo | undefined): boolean {
  return !!block && !!info?.title && block.text.trim().length <= MAX_PART_HEAD && PART_HEAD.test(block.text);
}

/**
 * The candidate starts less a document's outline: where topic items numbered in figures stand under part heads in
 * Chinese numerals, the items' starts and the part heads' starts go (a dateline still opens a story of its own).
 */
export function withoutOutlineItems(cands: Candidate[], blocks: readonly Block[], infos: readonly BlockInfo[]): Candidate[] {
  const firstPart = blocks.findIndex((b, k) => isPartHead(b, infos[k]));
  if (firstPart < 0) return cands;
  let items = 0;
  for (let k = firstPart + 1; k < blocks.length; k++) if (TOPIC_ITEM.test(blocks[k]?.text ?? '')) items++;
  if (items < 2) return cands;
  return cands.filter((c) => {
    if (c.kind === 'dateline' || c.head < firstPart) return true;
    if (isPartHead(blocks[c.head], infos[c.head])) return false;
    return !TOPIC_ITEM.test(blocks[c.body]?.text ?? '');
  });
}
