// A digest's title line opened by a dateline ("【本報訊】2023年12月22日要聞:"): after the dateline, only a short
// lead-in ending on a colon, no sentence of its own (no stop, no comma). Over marked or numbered items it announces
// them as a round-up's standfirst does, and it is no story (a story's own sentence announcing its list, "本报讯
// 市政府昨天公布了…，主要内容如下：", holds a comma or a stop, and stays its story's text).
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** The lead-in after the dateline is at most this long. */
const MAX_LEAD_IN = 20;

export function isDatedLeadIn(block: Block | undefined, info: BlockInfo | undefined): boolean {
  if (!block || !info?.dateline) return false;
  const rest = block.text.slice(info.dateline.length).trim();
  return rest.length > 0 && rest.length <= MAX_LEAD_IN && /[:：]$/.test(rest) && !/[。！？.!?，,；;]/.test(rest);
}
