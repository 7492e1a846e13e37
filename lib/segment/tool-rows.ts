// A row of page tools and nothing else, as a page text keeps it: "收藏 打印 推荐 朗读 评论 更多功能", "放大", "缩小",
// a read-aloud player's label ("语音播报", "听新闻"), with or without the reading's length ("语音播报预计5分钟"), a
// font-size switch ("小字體大字體"); on an English page one tool's label on its line ("Send a link to a friend",
// "Print this story", "Text size"); a share row's label whose buttons, pictures only, the text lost ("分享:", "分享到：").
// The page's controls, no words of a story: furniture, never a headline over what follows nor a paragraph of the
// story above (an e-paper article view sets such rows above and below its story).
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const TOOL_WORD = /^(?:收藏|打印|推荐|推薦|朗读|朗讀|语音播报|語音播報|听新闻|聽新聞|听全文|聽全文|评论|評論|更多功能|放大|缩小|縮小|默认|默認|还原|還原|分享|转发|轉發|关闭|關閉|关闭窗口|關閉窗口|返回顶部|返回頂部|字号|字號|[大中小])$/u;
const MAX_ROW = 40;
/** A share row's label alone, closed by its colon, its buttons (icons) lost: "分享:", "分享到：", "轉發至:". */
const SHARE_LABEL = /^(?:分享|转发|轉發)(?:到|至)?\s*[:：]$/u;
/** A font-size switch run together, two sizes or more: "小字體大字體", "大字体 中字体 小字体". */
const FONT_SIZES = /^(?:(?:[大中小]|默认|默認)\s*(?:字体|字體|字号|字號)\s*){2,4}$/u;
/** A read-aloud player's label with the reading's length: "语音播报预计5分钟", "听新闻 约3分钟", "朗读 03:25". */
const TIMED_PLAYER = /^(?:语音播报|語音播報|听新闻|聽新聞|听全文|聽全文|朗读|朗讀)\s*(?:(?:预计|預計|约|約|时长|時長)\s*[:：]?\s*)?(?:\d{1,3}\s*(?:分钟|分鐘|秒)|\d{1,2}:\d{2})$/u;
/**
 * One English page tool's label, a line of its own ("Adjust", "E-mail", "Send a link to a friend", "Print this
 * story", "Text size"): the one list of them, read here and by offer-lines.ts (TOOL_LABEL) under its own bound.
 */
export const ENGLISH_TOOL = /^(?:adjust|send (?:a |this )?(?:link|story|article|page)(?: to a friend)?|e-?mail(?: (?:this|to a friend)(?: (?:story|article|page))?)?|print(?: this)?(?: (?:story|article|page))?|share(?: this)?(?: (?:story|article|page))?|(?:text|font) size)$/iu;

export function isToolRow(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_ROW) return false;
  if (TIMED_PLAYER.test(t) || FONT_SIZES.test(t) || ENGLISH_TOOL.test(t) || SHARE_LABEL.test(t)) return true;
  return t.split(/\s+/).every((w) => TOOL_WORD.test(w));
}

export function markToolRows(blocks: Block[], infos: BlockInfo[]): void {
  blocks.forEach((b, i) => {
    const info = infos[i];
    if (info && !info.markerOnly && isToolRow(b.text)) infos[i] = { ...info, title: false, markerOnly: true };
  });
}
