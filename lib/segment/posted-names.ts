// A marked line of a writer's name and the writer's post in brackets, nothing else ("■ 吳國禎(北京清華大學物理系台籍教授)",
// "● 张三（中国社科院研究员）"): a column's byline under its headline. It signs the story and heads none, however short
// and unpunctuated it is. The name must read as a Han name (a common surname, byline.ts), so a marked headline with a
// bracketed note ("■ 南水北调（中线）通水") is never taken. One pass over the lines, one pattern each.
import type { Block } from '../types';
import { looksLikeHanName } from './byline';
import type { BlockInfo } from './classify';
import { asAuthors, forEachFreeLine } from './line-marks';

const POSTED_NAME = /^[■□●◆▲★◇○]\s*([\u3400-\u9fff]{2,4})\s*[(（]([^()（）]{2,30})[)）]$/u;
/** A post names a place of work or a rank: no digits only (a life's years, "(1920—2000)", name a person entry). */
const YEARS_ONLY = /^[\d\s—–\-~～年生卒]+$/u;
const MAX_LINE = 40;

export function markPostedNames(blocks: readonly Block[], infos: BlockInfo[]): void {
  forEachFreeLine(blocks, infos, MAX_LINE, (i, text, info) => {
    const m = POSTED_NAME.exec(text);
    if (!m || YEARS_ONLY.test(m[2] ?? '') || !looksLikeHanName(m[1] ?? '')) return;
    infos[i] = asAuthors(info, [m[1]!]);
  });
}
