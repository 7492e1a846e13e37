// A writer's name and post on a line of their own, unbracketed and unmarked ("陳以漢 香港大學專業進修學院高級課程主任",
// "劉頌陽 明報助理執行總編輯"), or a narrator's label line ("讲述人:北京日报记者 李如意"): a byline under the headline,
// or an outlet's credit line ("北京日报客户端 | 记者 李如意"): never a headline, however short and unpunctuated. The name must read as a Han name (a common surname, byline.ts) and
// the post close on a rank or trade (主任, 編輯, 記者, 教授…), so a headline of two phrases is never taken. The same
// name and post run on after the headline on its own line, parted by spaces ("報館火燭 先救電話簿 劉頌陽 明報助理執行總
// 編輯"), are set on a line of their own among the page's first lines. One pass over the lines, one pattern each.
import type { Block } from '../types';
import { looksLikeHanName } from './byline';
import type { BlockInfo } from './classify';
import { asAuthors, forEachFreeLine } from './line-marks';
import type { Origin } from './tail-heads';

const POST_WORD = '(?:編輯|编辑|記者|记者|主任|教授|研究員|研究员|主編|主编|總監|总监|社長|社长|總裁|总裁|院長|院长|主席|經理|经理|講師|讲师|評論員|评论员|顧問|顾问|作家|律師|律师|學者|学者|校長|校长|董事長|董事长)';
/** A name, spaces, then a post of Han characters only (a school, a paper, a rank), closing on a post word. */
const NAME_POST = new RegExp(`^([\\u3400-\\u9fff]{2,4})\\s+([\\u3400-\\u9fff]{0,24}${POST_WORD})$`, 'u');
/** A narrator's (or teller's) label: the line is the story's byline ("讲述人:…记者 李如意"). */
const NARRATOR = /^(?:讲述人|講述人|口述人|口述)\s*[:：]\s*([^。！？!?]{2,30})$/u;
/** An outlet's name, a bar, then the reporter's credit ("北京日报客户端 | 记者 李如意"): the byline of the outlet's app. */
const OUTLET_CREDIT = /^[^|丨｜。！？!?，,]{2,20}\s*[|丨｜]\s*(?:记者|記者|文|作者)\s*[:：]?\s*([\u3400-\u9fff]{2,4})$/u;
const TRAILING_NAME = /([\u3400-\u9fff]{2,4})$/u;
const MAX_LINE = 40;

export function markNamePosts(blocks: readonly Block[], infos: BlockInfo[]): void {
  forEachFreeLine(blocks, infos, MAX_LINE, (i, text, info) => {
    let author: string | null = null;
    const m = NAME_POST.exec(text);
    const c = m ? null : OUTLET_CREDIT.exec(text);
    if (m && looksLikeHanName(m[1] ?? '')) author = m[1]!;
    else if (c && looksLikeHanName(c[1] ?? '')) author = c[1]!;
    else {
      const n = NARRATOR.exec(text);
      if (!n) return;
      const name = TRAILING_NAME.exec(n[1]!.trim())?.[1] ?? '';
      author = looksLikeHanName(name) ? name : n[1]!.trim();
    }
    infos[i] = asAuthors(info, [author]);
  });
}

/** Where the name and post run on after a headline start, or -1: "headline  name post" on one short line. */
const RUN_ON = new RegExp(`\\s([\\u3400-\\u9fff]{2,4})\\s+[\\u3400-\\u9fff]{0,24}${POST_WORD}$`, 'u');
const HEAD_BLOCKS = 3;
const MIN_HEAD = 4;
const MAX_RUN_LINE = 60;
const STOP = /[。！？!?，,；;]/u;

/** The page with a writer's name and post run on after its headline set on a line of their own, or null. */
export function splitNamePostTail(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  for (let i = 0; i < Math.min(blocks.length, HEAD_BLOCKS); i++) {
    const text = blocks[i]!.text;
    if (text.length > MAX_RUN_LINE || text.includes('\n') || STOP.test(text)) continue;
    const m = RUN_ON.exec(text);
    if (!m || !looksLikeHanName(m[1]!)) continue;
    const head = text.slice(0, m.index).trim();
    if (head.length < MIN_HEAD) continue;
    const at = m.index + 1;
    const out = [...blocks.slice(0, i), { ...blocks[i]!, text: head }, { ...blocks[i]!, text: text.slice(at) }, ...blocks.slice(i + 1)];
    const origin: Origin[] = out.map((_, k) => (k <= i ? { block: k, offset: 0 } : k === i + 1 ? { block: i, offset: at } : { block: k - 1, offset: 0 }));
    return { blocks: out, origin };
  }
  return null;
}
