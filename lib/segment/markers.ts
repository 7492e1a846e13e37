// Continuation markers ("■上接第1版", "（下转3版）", "Continued on A12") and end marks ("（完）"); Traditional ones
// ("（下轉A3版）", "■上接本報第2版") are read through the character fold, which keeps every offset.
import { foldTraditional } from '../hant/fold';
import { execAtEnd, lastNonSpace } from './tail';

const PAGE = '第?\\s*([0-9０-９A-Z一二三四五六七八九十]{1,4})\\s*版';
const FROM_CN = new RegExp(`^[\\s■□●◆▲★]*[（(【\\[]?\\s*(?:上接|接上|紧接|接)\\s*(?:本报)?${PAGE}\\s*[)）】\\]]?[\\s:：]*`);
const TO_CN = new RegExp(`[\\s■□●◆]*[（(【\\[]\\s*(?:下转|转)\\s*(?:本报)?${PAGE}\\s*[)）】\\]]\\s*$`);
const TO_CN_BARE = new RegExp(`^[\\s■□●◆]*(?:下转|转)\\s*${PAGE}[\\s。.]*$`);
const FROM_EN = /^\s*\(?\s*Continued from (?:page\s+)?([A-Z]?\d{1,3}[A-Z]?)\s*\)?[\s:.-]*/i;
const TO_EN = /\s*\(?\s*(?:Continued on|See [^()]{1,60}?,)\s+(?:page\s+)?([A-Z]?\d{1,3}[A-Z]?)\s*\)?\.?\s*$/i;
const END_MARK = /\s*[（(【\[]\s*(?:完|终|全文完|END)\s*[)）】\]]\s*$/i;

function page(p: string): string {
  const n = p.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return `第${n}版`;
}

export interface MarkerMatch {
  value: string;
  start: number;
  end: number;
}

/** "■上接第1版 …" at the start of a block: where the story came from. */
/**
 * `folded` is `foldTraditional(text)` when the caller has it. Every Chinese marker holds 接 (from) or 版 (to), which
 * no Traditional character folds to: a text without one is spared the fold and the pattern.
 */
export function continuedFromAt(text: string, folded?: string): MarkerMatch | null {
  const cn = text.includes('接') ? FROM_CN.exec(folded ?? foldTraditional(text)) : null;
  if (cn) return { value: page(cn[1] ?? ''), start: 0, end: cn[0].length };
  const en = FROM_EN.exec(text);
  if (en) return { value: en[1] ?? '', start: 0, end: en[0].length };
  return null;
}

/** Brackets a bracketed mark ends with; most paragraphs end otherwise and need no pattern tried at all. */
const CLOSING_BRACKETS = new Set(')）】]');
/** "Continued on A12", "(See Economy, B3)." end in a page number, maybe a bracket or a stop after it. */
const PAGE_TAIL = /[0-9A-Z).]/;

/** "…（下转第3版）" at the end of a block: where the story goes on. */
export function continuesToAt(text: string, folded?: string): MarkerMatch | null {
  const last = lastNonSpace(text);
  if (text.includes('版')) folded ??= foldTraditional(text);
  const cn = folded === undefined ? null : ((CLOSING_BRACKETS.has(last) ? execAtEnd(TO_CN, folded) : null) ?? TO_CN_BARE.exec(folded));
  if (cn) return { value: page(cn[1] ?? ''), start: cn.index, end: text.length };
  const en = last && PAGE_TAIL.test(last) ? execAtEnd(TO_EN, text) : null;
  if (en) return { value: en[1] ?? '', start: en.index, end: text.length };
  return null;
}

/** "（完）" closing a story. */
export function endMarkAt(text: string): number | null {
  if (!CLOSING_BRACKETS.has(lastNonSpace(text))) return null;
  const m = execAtEnd(END_MARK, text);
  return m ? m.index : null;
}
