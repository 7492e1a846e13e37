// A row of page tools and nothing else, as a page text keeps it: "收藏 打印 推荐 朗读 评论 更多功能", "放大", "缩小",
// a read-aloud player's label ("语音播报", "听新闻"), with or without the reading's length ("语音播报预计5分钟"), a
// font-size switch ("小字體大字體"), an audio or video player's clock of time played and length ("0:00 / 0:00",
// "00:12 /03:25"), a menu's toggle ("切換隱藏選單", "打开菜单", "Toggle navigation"), a text-size switch of letter buttons
// ("A+ A A-", or "A+", "A", "A-" on lines of their own); on an English page one tool's label on its line ("Send a link
// to a friend", "Print this story", "Text size", a size switch's option, "Default font size", "Larger font size"); a share row's label whose buttons, pictures only, the text lost
// ("分享:", "分享到：").
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
/** A media player's clock: the time played, a slash, the length ("0:00 / 0:00", "0:00 /0:00", "1:02:03 / 1:10:00"). */
const PLAYER_CLOCK = /^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$/u;
/**
 * One English page tool's label, a line of its own ("Adjust", "E-mail", "Send a link to a friend", "Print this
 * story", "Text size", "Font Size:" with the colon its buttons followed): the one list of them, read here and by offer-lines.ts (TOOL_LABEL) under its own bound.
 */
export const ENGLISH_TOOL = /^(?:adjust|send (?:a |this )?(?:link|story|article|page)(?: to a friend)?|e-?mail(?: (?:this|to a friend)(?: (?:story|article|page))?)?|print(?: this)?(?: (?:story|article|page))?|share(?: this)?(?: (?:story|article|page))?|(?:text|font) size|(?:default|normal|larger|smaller|bigger|increase|decrease|reset)\s+(?:text|font)\s+size)\s*:?$/iu;

export function isToolRow(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_ROW) return false;
  if (
    TIMED_PLAYER.test(t) ||
    PLAYER_CLOCK.test(t) ||
    MENU_TOGGLE.test(t) ||
    FONT_SIZES.test(t) ||
    ENGLISH_TOOL.test(t) ||
    SHARE_LABEL.test(t)
  )
    return true;
  return t.split(/\s+/).every((w) => TOOL_WORD.test(w));
}

/** A menu's show-or-hide button: a verb of switching, showing or hiding, and the word for menu or navigation. */
const MENU_TOGGLE = /^(?:(?:切換|切换|開啟|开启|打開|打开|關閉|关闭|展開|展开|收起|顯示|显示|隱藏|隐藏){1,2}\s*(?:主)?(?:選單|选单|菜單|菜单|導覽列?|导航栏?|導航|目錄|目录)|toggle (?:navigation|menu|nav)|(?:open|close|show|hide) (?:the )?(?:menu|navigation))$/iu;
/** One letter button of a text-size switch: "A+", "A", "A-". */
const SIZE_BUTTON = /^A[+\-−＋－]?$/u;
/** A bigger or smaller button, which tells the switch from a lone letter (an answer's "A" in a Q&A). */
const SIZED = /^A[+\-−＋－]$/u;

/** Whether the line is a text-size switch set in one row ("A+ A A-"): two or three buttons, one of them sized. */
function isSizeRow(t: string): boolean {
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => SIZE_BUTTON.test(w)) && words.some((w) => SIZED.test(w));
}

export function markToolRows(blocks: Block[], infos: BlockInfo[]): void {
  const tool = (i: number) => {
    const info = infos[i];
    if (info && !info.markerOnly) infos[i] = { ...info, title: false, markerOnly: true };
  };
  // A text-size switch's buttons on lines of their own: a run of two or three, one of them sized.
  const button = (i: number) => SIZE_BUTTON.test((blocks[i]?.text ?? '').trim());
  for (let i = 0; i < blocks.length; i++) {
    let end = i;
    while (end < blocks.length && end - i < 3 && button(end)) end++;
    if (end - i >= 2 && blocks.slice(i, end).some((b) => SIZED.test(b.text.trim()))) {
      for (let k = i; k < end; k++) tool(k);
      i = end - 1;
    }
  }
  blocks.forEach((b, i) => {
    const t = b.text.trim();
    if (isToolRow(t) || (t.length <= 12 && isSizeRow(t))) tool(i);
  });
}
