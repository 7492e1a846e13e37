// A content system's article header lines under the headline, in its Chinese locale: the date written day, month
// word and year ("週四, 26 四月 2018 07:42", "星期四, 26 四月 2018"), and the author field ("作者是 user", a
// "Written by" in translation). The date names no story and the field signs one: page furniture and a byline, never
// a headline, however headline-like the short line looks. One pass over the lines, one pattern each.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { withTitleOver } from './credited-title';
import { asAuthors, asFurniture } from './line-marks';
import type { Plan } from './boundaries';
import type { Origin } from './tail-heads';

const CN_DIGIT = '[一二三四五六七八九十]';
export const DAY_MONTH_YEAR = new RegExp(
  `^(?:(?:週|周|星期)[一二三四五六日天]\\s*[,，]?\\s*)?\\d{1,2}\\s+${CN_DIGIT}{1,2}月\\s+\\d{4}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$`,
  'u',
);
export const AUTHOR_FIELD = /^作者是\s+(\S{1,20})$/u;
const MAX_LINE = 40;

export function markCmsLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const text = (blocks[i]?.text ?? '').trim();
    if (text.length > MAX_LINE) continue;
    const info = infos[i] as BlockInfo;
    if (DAY_MONTH_YEAR.test(text)) {
      infos[i] = asFurniture(info);
      continue;
    }
    const m = AUTHOR_FIELD.exec(text);
    if (m && !info.byline) infos[i] = asAuthors(info, [m[1]!]);
  }
}

/** A print tool's word left at the close of the headline's line ("只要我喜歡 有什麼不可以 列印"), over the author field. */
const TOOL_TAIL = /\s+列印$/u;
const HEAD_BLOCKS = 20;
const MAX_HEAD_LINE = 60;

/** The page with a print tool's word taken off the headline line standing over a content system's author field. */
export function splitToolTail(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  for (let i = 0; i + 1 < Math.min(blocks.length, HEAD_BLOCKS); i++) {
    const text = blocks[i]!.text;
    if (text.length > MAX_HEAD_LINE || text.includes('\n')) continue;
    const m = TOOL_TAIL.exec(text);
    if (!m || m.index < 4 || !AUTHOR_FIELD.test(blocks[i + 1]!.text.trim())) continue;
    const out = [...blocks];
    out[i] = { ...blocks[i]!, text: text.slice(0, m.index) };
    return { blocks: out, origin: blocks.map((_, k) => ({ block: k, offset: 0 })) };
  }
  return null;
}

/**
 * A one-story page read as headless whose title line sits a few lines into the text, right over the content
 * system's author field and date line: the line over them is the headline (the site's note and links above it
 * stay where they were read). Only a page already read as one headless story is touched (credited-title.ts).
 */
export function withSignedTitle(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  // (Up to eight blocks in: a site's note and links above the title.)
  return withTitleOver(p, blocks, infos, {
    maxIntro: 8,
    under: 2,
    signs: (k) => AUTHOR_FIELD.test(blocks[k + 1]?.text.trim() ?? '') && DAY_MONTH_YEAR.test(blocks[k + 2]?.text.trim() ?? ''),
  });
}
