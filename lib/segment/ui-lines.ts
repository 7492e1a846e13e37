// A web page's controls printed as lines of their own: the pager under a story ("首页 | 上一页 1 下一页 | 尾页",
// 中国青年网) and a loading bar's status ("加载中...", 手机新浪网). Neither is a word of the story; each is told by its
// whole line being made of control words, so a sentence that speaks of pages or loading is never one. One regular
// expression over the line: linear in its length.

/** The pager's words, page numbers and separators, and nothing else. */
const PAGER_LINE =
  /^(?:(?:首页|首頁|上一页|上一頁|下一页|下一頁|尾页|尾頁|末页|末頁|上页|下页|前一页|后一页|後一頁|共\s*\d{1,3}\s*[页頁]|第\s*\d{1,3}\s*[页頁]|\d{1,3}|«|»|‹|›|<|>|\||｜|\/|·|…|\.\.\.|&nbsp;)\s*)+$/u;
/** A pager names the next or previous page (a bare row of numbers is not enough). */
const PAGER_WORD = /上一[页頁]|下一[页頁]|尾[页頁]|末[页頁]/u;
/** A loading bar's status or its button, alone on its line. */
const LOADING_LINE = /^(?:加载中|正在加载中?|載入中|加載中|正在載入|载入中|(?:点击|點擊)?(?:加载|加載|载入|載入)更多(?:新闻|新聞|内容|內容|评论|評論)?|loading)\s*(?:\.{1,3}|…{1,2}|。{1,3})?$/iu;

/** Whether the whole line is a page's pager or loading control. */
export function isUiLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 80) return false;
  return (PAGER_WORD.test(t) && PAGER_LINE.test(t)) || LOADING_LINE.test(t);
}
