// A credit line of two roles or more, each a role word, a bar or slash, and names ("采写 | 陈保维 值班编辑 | 李钏瑜"):
// a self-media post's credits under its introduction, set on one line. The writer's role names the story's byline;
// a line of other roles only (editors on duty, proofreaders) is furniture. Neither heads a story. The names must
// read as Han names (a common surname each, byline.ts), so a headline parted by bars is never taken; role-credits.ts
// reads a line of one role. One pattern on each short line.
import type { Block } from '../types';
import { hanNameList } from './byline';
import type { BlockInfo } from './classify';
import { asAuthors, asFurniture, forEachFreeLine } from './line-marks';

const WRITER = '作者|撰文|撰稿|采写|採寫|采访|採訪|记者|記者|文字|文|摄影|攝影|图|圖';
const OTHER = '值班编辑|值班編輯|责任编辑|責任編輯|编辑|編輯|责编|責編|主编|主編|校对|校對|审核|審核|审校|審校|编审|編審|统筹|統籌|美编|美編|设计|設計|排版|视觉|視覺|制图|製圖|监制|監製|策划|策劃';
const PAIR = new RegExp(`(${WRITER}|${OTHER})\\s*[|｜/／]\\s*([\\u3400-\\u9fff·]{2,4}(?:[\\s、，,]+[\\u3400-\\u9fff·]{2,4})*?)(?=\\s+(?:${WRITER}|${OTHER})\\s*[|｜/／]|\\s*$)`, 'gu');
const IS_WRITER = new RegExp(`^(?:${WRITER})$`, 'u');
const MAX_LINE = 60;
/** Every pair parts its role from its names by one of these: a line without one is passed over. */
const BAR = /[|｜/／]/;

/** The line's role|names pairs when it is made of two or more and nothing else, else null. */
export function creditPairs(text: string): { role: string; names: string[] }[] | null {
  const t = text.trim();
  if (t.length > MAX_LINE || !BAR.test(t)) return null;
  const pairs: { role: string; names: string[] }[] = [];
  let covered = 0;
  for (const m of t.matchAll(PAIR)) {
    if (t.slice(covered, m.index).trim() !== '') return null;
    const names = hanNameList(m[2] ?? '');
    if (!names) return null;
    pairs.push({ role: m[1] ?? '', names });
    covered = (m.index ?? 0) + m[0].length;
  }
  return pairs.length >= 2 && t.slice(covered).trim() === '' ? pairs : null;
}

export function markCreditPairs(blocks: readonly Block[], infos: BlockInfo[]): void {
  forEachFreeLine(blocks, infos, MAX_LINE, (i, text, info) => {
    const pairs = creditPairs(text);
    if (!pairs) return;
    const writers = pairs.filter((p) => IS_WRITER.test(p.role)).flatMap((p) => p.names);
    infos[i] = writers.length ? asAuthors(info, writers) : asFurniture(info);
  });
}
