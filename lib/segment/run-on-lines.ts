// Lines of a story's text that look like headlines (short, no closing stop) but are sentences: a line closed by a
// dash runs on into the paragraph under it ("直到那个大雨滂沱的夜晚——" over "3月18日,一场车祸,…"), and a quoted
// remark of several clauses closed by its stop inside the quote ("“廖书记,以后征地标准提高,…,不就吃亏了?”") is
// speech, as is a question of several clauses asked inside the text ("这个人都做过哪些事,会让他人惋惜、不舍?…?"). A dash line over a headline is that headline's kicker ("海外华文媒体赴山城采风——"), and stays one.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { cjkCount } from './sentence';

/** A line closed by a dash: the sentence goes on below. */
const DASH_CLOSED = /(?:——|—|--)\s*$/u;
/** A remark wholly in quotes, closed by its stop inside the quote. */
const QUOTED_SENTENCE = /^\s*[“「"][^“”「」"]+[。！？!?…][”」"]\s*$/u;
/** A question of several clauses, closed by its question mark. */
const QUESTION = /[？?]\s*$/u;
const MIN_QUESTION = 20;
/** Clauses of a sentence: commas inside the quote. */
const MIN_COMMAS = 2;

export function markRunOnLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 1; i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (!info.title) continue;
    const text = blocks[i]?.text ?? '';
    const under = infos[i + 1] as BlockInfo;
    const above = infos[i - 1] as BlockInfo;
    const runsOn = DASH_CLOSED.test(text) && !under.title && !under.markerOnly && !under.byline && !under.credit;
    const speech = QUOTED_SENTENCE.test(text) && (text.match(/[，,]/gu) ?? []).length >= MIN_COMMAS && !above.title && !under.title;
    const cjk = cjkCount(text);
    const asks = QUESTION.test(text) && cjk >= MIN_QUESTION && (text.slice(0, -1).match(/[，,、？?]/gu) ?? []).length >= MIN_COMMAS && !above.title;
    if (runsOn || speech || asks) infos[i] = { ...info, title: false };
  }
}
