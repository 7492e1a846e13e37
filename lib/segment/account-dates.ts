// A post's account-and-date line: the account's (or outlet's) name and the posting date, in either order, and
// nothing else ("南国早报 2024-04-22", "2017-07-19 南方传媒书院"), as WeChat mirrors print it under a post's headline.
// Such a line dates the story the line above it heads, not the page: a masthead's motto stands over a bare date or
// a weekday's, never over a post's own credit. One pattern, one look at the line.
// A blog post's author line may add the clock time and a read counter after the date ("王明 2024/02/27 17:09 點閱 848
// 次"): the same line, the post's own credit.

const DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?`;
const NAME = String.raw`[\u3400-\u9fff][\u3400-\u9fff·\s]{1,10}[\u3400-\u9fff]`;
/** The clock time after the date, and a read counter ("點閱 848 次", "阅读 12"). */
const TAIL = String.raw`(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:點閱|点阅|閱讀|阅读|瀏覽|浏览)\s*[:：]?\s*\d+\s*次?)?`;
const ACCOUNT_DATE = new RegExp(`^\\s*(?:${NAME}\\s+${DATE}${TAIL}|${DATE}\\s+${NAME})\\s*$`, 'u');
/** A weekday's name beside the date is the edition's date line, not an account's. */
const WEEKDAY = /星期|週|周[一二三四五六日天]|礼拜|禮拜/u;

export function isAccountDateLine(text: string): boolean {
  return text.length <= 40 && ACCOUNT_DATE.test(text) && !WEEKDAY.test(text);
}
