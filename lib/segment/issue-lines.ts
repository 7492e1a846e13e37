// A periodical's issue line under a headline ("中國記者 2019年9期", "《青年记者》2020年第5期"): where the piece was
// printed, publication meta as a date line is. Never a headline; the line above it is. The periodical must be named:
// an issue's number alone ("2022年第13期") may title a newsletter's whole issue. A daily's issue is named by its day
// instead ("2019年7月1日,第25271期。"): a full date, year, month and day, then the issue's number and nothing else is
// the paper's issue line, printed over a picture of that day's front page, no sentence of the story. One pattern
// each on each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_LINE = 30;
/** A periodical's name, a year, and the issue's number: "中國記者 2019年9期", "2020年第5期(总第123期)". */
const ISSUE = /^《?[\u3400-\u9fffA-Za-z]{2,14}》?\s*\d{4}\s*年\s*(?:第\s*)?\d{1,3}\s*期(?:\s*[(（]\s*(?:总|總)\s*第?\s*\d{1,5}\s*期\s*[)）])?$/u;

/** A day's full date, then the issue's number: "2019年7月1日,第25271期。", "2019年7月1日 星期一 第25271期". */
const DATED_ISSUE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，、]?\s*(?:(?:星期|周|週)[一二三四五六日天]\s*[,，、]?\s*)?第\s*\d{1,6}\s*期\s*[。.]?$/u;

/** Whether the line names a periodical's issue and nothing more. */
export function isIssueLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_LINE && (ISSUE.test(t) || DATED_ISSUE.test(t));
}

/** For markFurnitureLines (furniture-lines.ts). */
export const ISSUE_LINE: FurnitureTest = { test: isIssueLine, maxLength: MAX_LINE };
