// Run-in headlines set in lenticular brackets at the start of an item's paragraph ("【死对头要走了,特朗普开心坏了】一个
// 死对头,终于要退了。…"), as a digest of other outlets' stories prints its items under a section label: the bracket
// holds a headline (a clause or two, or a long title), the item's text runs on after it. Read where two paragraphs or
// more of the page open so, each headline once. The same bracket opens a wire's dateline ("【路透社北京12日电】"), a
// paper's credit ("【本報綜合報道】", "【編譯…/綜合外電】") or a reporter's name and place ("【李新隆 台中東勢】"): a
// bracket ending in 电/讯/報導, naming a day, split by a slash, or of short words set apart by spaces is none. One
// pattern on each paragraph's opening and one set of headlines: linear.
import type { Block } from '../types';
import { cjkCount } from './sentence';

/** A bracketed title of 8 to 40 characters at the paragraph's start, then text. */
const BRACKET_TITLE = /^\s*【([^【】]{8,40})】\s*(?=\S)/u;
/** A dateline's or credit's ending, a day, or a slash: the bracket credits the report, it does not head it. */
const CREDIT_END = /(?:[电電讯訊稿]|[报報][道導]|[專专][稿搞])$/u;
const CREDIT_MARK = /[/／]|[\d一二三四五六七八九十〇]{1,3}日/u;
/** A headline reads as a clause: a comma, a question or exclamation mark, or a quotation inside it. */
const CLAUSE = /[,，?？!！“”「」]/u;
/** The item's own text after its headline: a sentence's worth and more. */
const MIN_TEXT = 40;
const MIN_HEADS = 2;
/** A title with no clause mark is a headline only when long and unbroken by spaces (names and places are short words). */
const LONG_TITLE = 12;

function bracketTitleLength(text: string): number {
  const m = BRACKET_TITLE.exec(text);
  const title = m?.[1];
  if (!m || !title || text.length - m[0].length < MIN_TEXT) return 0;
  if (CREDIT_END.test(title.trim()) || CREDIT_MARK.test(title)) return 0;
  const han = cjkCount(title);
  if (han * 2 <= title.length) return 0;
  return CLAUSE.test(title) || (title.length >= LONG_TITLE && !/\s/.test(title.trim())) ? m[0].length : 0;
}

/** Every block's bracketed headline length where the page opens two or more paragraphs with distinct ones, else zeros. */
export function bracketHeads(blocks: readonly Block[], prose: ArrayLike<number>): number[] {
  const lengths = blocks.map((b, i) => (prose[i] && b.headingLevel === null ? bracketTitleLength(b.text) : 0));
  const heads = lengths.map((n, i) => (n ? (blocks[i] as Block).text.slice(0, n).trim() : '')).filter(Boolean);
  if (heads.length < MIN_HEADS || new Set(heads).size !== heads.length) return blocks.map(() => 0);
  return lengths;
}
