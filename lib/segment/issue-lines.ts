// A periodical's issue line under a headline ("中國記者 2019年9期", "《青年记者》2020年第5期"): where the piece was
// printed, publication meta as a date line is. Never a headline; the line above it is. The periodical must be named:
// an issue's number alone ("2022年第13期") may title a newsletter's whole issue. One pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_LINE = 30;
/** A periodical's name, a year, and the issue's number: "中國記者 2019年9期", "2020年第5期(总第123期)". */
const ISSUE = /^《?[\u3400-\u9fffA-Za-z]{2,14}》?\s*\d{4}\s*年\s*(?:第\s*)?\d{1,3}\s*期(?:\s*[(（]\s*(?:总|總)\s*第?\s*\d{1,5}\s*期\s*[)）])?$/u;

/** Whether the line names a periodical's issue and nothing more. */
export function isIssueLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_LINE && ISSUE.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const ISSUE_LINE: FurnitureTest = { test: isIssueLine, maxLength: MAX_LINE };
