// A repost's permission line and its account's id under the headline ("本文经授权转载自拍者", "(id:ipaizhe)",
// "（微信号：…）"): where the post was taken from, publication meta as a 来源: line is, printed without the colon a
// meta line carries. Never a headline over the text below, never the story's text. One pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_LINE = 40;
/** "本文经授权转载自…", "经授权转载自…", "本文转载自…", "轉載自…": the source named after the words. */
const REPRINT = /^(?:本文|此文|原文)?\s*(?:经|經)?\s*(?:授权|授權|许可|許可)?\s*(?:转载|轉載|转自|轉自)(?:自|于|於)?\s*[\u3400-\u9fffA-Za-z「『“《]/u;
/** "(id:ipaizhe)", "（微信ID：abc_123）", "(微信号: abc)": an account's id, bracketed, alone. */
const ACCOUNT_ID = /^[(（]\s*(?:微信)?\s*(?:id|ID|Id|号|號|公众号|公眾號)\s*[:：]\s*[A-Za-z0-9_.-]{2,32}\s*[)）]$/u;

/** Whether the line is a repost's permission line or its account's bracketed id. */
export function isReprintLine(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_LINE || /[。！？!?，,；;]/u.test(t)) return false;
  return REPRINT.test(t) || ACCOUNT_ID.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const REPRINT_LINE: FurnitureTest = { test: isReprintLine, maxLength: MAX_LINE };
