// Credit lines set as a role word, a bar or a slash, and names, nothing else ("作者 | 周荣旺", "编辑 | 张馨尹 冯平 胡世鑫",
// "記者/沈朋達"): a self-media post's or a site report's credits under its headline. The writer's role names the
// story's byline; the other roles (editors, proofreaders, designers) are furniture. Neither heads a story, whatever
// its shortness makes it look like. The names must read as Han names (a common surname each, byline.ts), so a
// headline parted by a bar ("两会速递 | …") is never taken. A team's credit alone on its line, outlet words closed by
// a staff word ("郑州晚报采编发团队", "本报两会报道组"), straight over a paragraph of prose, is a credit too: furniture,
// never a headline. One pass over the lines, one pattern each and one look at the next line.
import type { Block } from '../types';
import { hanNameList } from './byline';
import type { BlockInfo } from './classify';
import { asAuthors, asFurniture, forEachFreeLine } from './line-marks';

const WRITER = '作者|撰文|撰稿|采写|採寫|采访|採訪|记者|記者|文字|文';
const OTHER = '责任编辑|責任編輯|编辑|編輯|责编|責編|主编|主編|校对|校對|审核|審核|审校|審校|编审|編審|统筹|統籌|美编|美編|设计|設計|排版|视觉|視覺|制图|製圖';
const ROLE_CREDIT = new RegExp(`^(${WRITER}|${OTHER})\\s*[|｜/／]\\s*([\\u3400-\\u9fff·][\\u3400-\\u9fff·\\s、，,]{1,40})$`, 'u');
const IS_WRITER = new RegExp(`^(?:${WRITER})$`, 'u');
const MAX_LINE = 48;
/** Outlet words closed by a staff word, nothing else: a team's credit line. */
const TEAM_CREDIT = /^[\u3400-\u9fff]{2,12}(?:采编发团队|采编团队|采编部|编辑部|编辑组|报道组|采访组|採編團隊|編輯部|報道組|採訪組)$/u;
/** A paragraph of prose at least this long follows a team's credit. */
const PROSE = 40;

export function markRoleCredits(blocks: readonly Block[], infos: BlockInfo[]): void {
  forEachFreeLine(blocks, infos, MAX_LINE, (i, text, info) => {
    if (TEAM_CREDIT.test(text)) {
      const next = infos[i + 1];
      if (next && !next.title && !next.markerOnly && (blocks[i + 1]?.text.trim().length ?? 0) >= PROSE) infos[i] = asFurniture(info);
      return;
    }
    const m = ROLE_CREDIT.exec(text);
    const names = m ? hanNameList(m[2] ?? '') : null;
    if (!names) return;
    infos[i] = IS_WRITER.test(m![1] ?? '') ? asAuthors(info, names) : asFurniture(info);
  });
}
