// What each block is, read once: a byline line, a marker line, a headline-like line, and the story-start
// signals it opens or closes with.
import { isTwoPartHead } from './two-part-heads';
import { isPagerLine } from './pager-lines';
import { isUiLine } from './ui-lines';
import { isReadingTimeLine } from './reading-time';
import { isFollowLine } from './follow-lines';
import { foldTraditional } from '../hant/fold';
import type { Block, Byline } from '../types';
import { parseAuthorLine, parseBracketByline, parseBylineLine, parseReportedByline, type BylineMatch } from './byline';
import { parsePhotoCredit, type CreditMatch } from './photo-credit';
import { mayOpenDateline, parseDateline, type DatelineMatch } from './dateline';
import { isTitleLike } from './headline';
import { lastNonSpace } from './tail';
import { continuedFromAt, continuesToAt, endMarkAt, type MarkerMatch } from './markers';

export interface BlockInfo {
  /** The whole block is a byline ("□本报记者 巴依斯古楞", "By Jane Doe"). */
  byline: Byline | null;
  /** The whole block is a marker ("（下转第3版）", "（完）") or an editor's line. */
  markerOnly: boolean;
  title: boolean;
  from: MarkerMatch | null;
  dateline: DatelineMatch | null;
  /** A bracketed byline opening the block, after any marker and dateline. */
  openingByline: boolean;
  /** That byline, read on the text after the marker and dateline (as sliced, untrimmed). */
  opening: BylineMatch | null;
  /** A photo credit closing the block (read only on blocks under 800 characters; see `creditRead`). */
  credit: CreditMatch | null;
  /** Whether `credit` was read (longer blocks are not credited captions, but the article still reads their tail). */
  creditRead: boolean;
  /** A continuation marker closing the block ("（下转第3版）"). */
  to: MarkerMatch | null;
  /** Where a closing end mark ("（完）") starts, if the block has one. */
  end: number | null;
  /** An e-paper page label ("第03版：经济新闻", "A02版 城事"): a page banner, never a story's headline. */
  pageLabel: boolean;
  /** A picture's caption set as a line of text (numbered-captions.ts): kept with the story as a figcaption is. */
  caption?: boolean;
  /** A short line of a text set one phrase a line (a video's subtitles, live-pages.ts): the story's text, never a headline. */
  lineOfText?: boolean;
  /** A copy of a headline in the page's list of its headlines (listed-heads.ts): furniture, no print of the line of its own. */
  listed?: boolean;
}

const BYLINE_CLASS = /byline|author|writer|reporter/i;
const PAGE_LABEL = /^(?:第\s*)?[A-Z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版(?:\s*[:：(（]|\s|$)|^版面(?:导航|目录)/;
/** Whether a short line is an e-paper page label ("第03版：经济新闻", "第1版:一版要闻 2022-05-28"). */
export function isPageLabel(text: string): boolean {
  return text.length <= 30 && PAGE_LABEL.test(text);
}

/**
 * A picture's or video's placeholder line ("圖片", "[图片]", "Placeholder Image"), or the file-picture credit a page
 * sets alone under its picture ("档案照片", "資料圖片": a picture from the archive): no words of a story.
 */
const PLACEHOLDER = /^[[【(（]?(?:(?:档案|檔案|资料|資料)?(?:圖片|图片|照片)|視頻|视频|(?:placeholder )?(?:image|photo|picture|video))[\]】)）]?$/i;
/** A picture's alt text the page prints as a line ("Image: Storm moving over…"): it marks a picture, heads no story. */
const ALT_LINE = /^(?:Image|Photo|Picture|圖片|图片)\s*[:：]\s*\S[^.!?。！？]{0,100}$/;
/** A link line to another story set off by a label in capitals ("PHOTOS: Raging Forest Fire…", "RELATED: …"). */
const LABELLED_LINK = /^(?:PHOTOS?|VIDEOS?|RELATED|READ MORE|WATCH|LISTEN|SLIDESHOW)\s*:\s*\S[^.!?]{0,120}$/;
/** A link line to the whole story elsewhere ("Read our full story here", "查看全文"): no words of a story. */
const READ_LINK = /^(?:click here to )?(?:read|see|view)\s+(?:our|the)\s+(?:full|whole|complete|entire)\s+(?:story|article|report)(?:\s+here)?\s*[.»›>…]*$|^(?:点击)?(?:阅读全文|閱讀全文|查看全文|看完整报道|看完整報導)\s*[»›>…]*$/i;
/** Whether the line is a picture's or video's placeholder ("圖片"). */
export function isPlaceholder(text: string): boolean {
  return text.length < 40 && PLACEHOLDER.test(text.trim());
}

/** A web page's skip link for keyboard and screen-reader users ("Skip to content", "跳至主要内容"): no words of a story. */
/** A media page's controls and tabs on a line alone ("Transcript", "Download", "Embed", "Read more"): no text. */
const CONTROL_LINE = /^(?:transcript|download|embed|playlist|listen(?: live)?|play live radio|read more|hide caption|toggle caption)\s*[:»›>…]?$/i;
const SKIP_LINK = /^(?:skip to (?:the )?(?:main )?(?:content|navigation|search|menu)|jump to (?:main )?(?:content|navigation)|跳[至到](?:主要)?[内內]容)$/i;
/**
 * An interviewer's question under the role word ("记者:你们最关注哪些方面?"): the words of a Q&A, read as text, no
 * reporter's credit (a credit names, it never asks), nor a headline over the answer (issue 12, round 52).
 */
const ASKED_LINE = /^[记記]者\s*[:：].*[?？]\s*$/u;
const EDITOR_LINE = /^(?:[-–•·]\s*)?[（(【\[]?\s*(?:(?:责任编辑|责编|编辑|校对|审核|终审|来源|來源|稿件来源|[責责]任[編编][輯辑]|[責责][編编]|(?:[网網][络絡]|美[术術]|文字)?[編编][輯辑]|[记記]者|(?:本文)?[转轉](?:[载載])?自)\s*[:：]|(?:(?:策[划劃]|[制製]作|出品|[监監][制製]|[统統][筹籌]|剪[辑輯]|素材|[摄攝]像)[\s、/]*){1,3}[:：]|(?:专栏|栏目)\s*[:：]\s*$|(?:关键词|關鍵詞|关键字|關鍵字|标签|標籤|Tags?|Topics?)\s*(?:[:：>»]|$)|(?:Editors?|Edited by|Source)\s*:)/i;
/**
 * Publication meta lines: "2023-02-09 16:32:05 来源：新华网", "March 20, 2024 6:05 PM UTC", "Updated 2 hours ago",
 * a blog's "September 17th , 2012 9:21 am Leave a comment" (the day written as an ordinal, a space before its comma),
 * a live post's "14:52", the print source under a web copy "《 人民日报 》（ 2023年03月16日 01 版）".
 */
const META_LINE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s|$|[^\u3400-\u9fff])|(?:(?:Updated|Published|Posted)\b:?\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,\s+\d{4}|(?:Originally\s+)?(?:Updated|Published|Posted)\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b|\d+\s*min(?:ute)?s?\s+read\b|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$|\d+\s*(?:min|mins|minutes?|h|hrs?|hours?)\s+ago$|《\s*[^》]{2,16}\s*》\s*[（(]\s*\d{4}\s*年)|(?:来源|來源|发布时间|作者|撰文|撰稿|出版|更新|字号|字体|字體|(?:本文)?[转轉](?:[载載])?自)\s*[:：]/i;

/** The author named on a meta line: "发布时间：2023-03-15 来源：云山新闻网 作者：张敏". */
function metaAuthor(text: string): Byline | null {
  // "作者：本报记者 汪嘉波 《光明日报》(…)": the names after the paper's role words.
  const m = /(?:作者|记者|撰稿|撰文)\s*[:：]\s*(?:本报|本報)?(?:特约|驻\S{1,4})?(?:记者|記者)?\s*([\u3400-\u9fff·]{2,10}(?:[ 、，,\u3000]+[\u3400-\u9fff·]{2,10})*)/.exec(text);
  if (!m) return leadingMetaName(text);
  // The names may run into the line's link text ("作者：王明 我要评论"): then the first name alone.
  return parseAuthorLine(m[1] ?? '') ?? parseAuthorLine((m[1] ?? '').split(/[ 、，,\u3000]+/)[0] ?? '');
}

/**
 * The writer's name alone at the head of a meta line, before its labelled fields: "李华 发布时间：2018-01-02 14:49
 * 来源：中国西藏网" (the site prints the author field bare, then the time and source). A name is a name by its look
 * (a surname, two to four characters); anything else before the fields (a section, an outlet) names no writer.
 */
const LEADING_NAME = /^\s*([\u3400-\u9fff·]{2,5})[\s\u3000]+(?:发布时间|發佈時間|發布時間|时间|時間|日期|来源|來源)\s*[:：]/u;

function leadingMetaName(text: string): Byline | null {
  const m = LEADING_NAME.exec(text);
  return m ? parseAuthorLine(m[1] ?? '') : null;
}

/** An English author field on a line of its own ("Author: staff", "Written by: Jane Doe"), as 作者： is. */
const AUTHOR_LABEL = /^(?:Author|Authors|Written by|Posted by)\s*:\s*\S[^:]{0,40}$/i;

/**
 * A credit line whose name the site left empty, then the day: "By on September 17, 2014", "Posted by | 3 May 2021"
 * (a blog's template printing an author field it has no name for). It names no one and says when: a date line
 * (English plain-text round 7).
 */
const EMPTY_CREDIT_DATE = /^(?:(?:Posted|Written|Published)\s+)?by\s*(?:on\b|[|·•–—-])\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\b/i;

/** A date set day first with dots, and its time, alone on a line: "27.11.2015 11:04", "3.5.2021". */
export const DOTTED_DATE_LINE = /^\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/** A line of publication meta data (date, time, source), never part of a story's text. */
export function isMetaLine(text: string): boolean {
  return text.length < 90 && (META_LINE.test(text) || SOURCED_DATE.test(text) || DOTTED_DATE_LINE.test(text) || AUTHOR_LABEL.test(text) || EMPTY_CREDIT_DATE.test(text) || PUBLISHED_ON.test(text) || PUBLISHED_AT.test(text) || WEEKDAY_DATE.test(text) || SECTION_DATE.test(text) || POSTER_DATE.test(text) || OUTLET_DATE.test(text) || isReadingTimeLine(text)) && !/[。！？]$/.test(text);
}

/**
 * "本文来源于北京商报 2024-05-20 09:47:48": the source a page states with 来源于 (no colon), then the full date it
 * published the story: a publication line. (A note naming a source with no date after it stays as the text puts it.)
 */
const SOURCED_DATE = /^(?:本文)?(?:来源|來源)(?:于|於|自)\s*[^\s。，,]{1,20}?\s+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/**
 * A post's poster and date over the page's action links: "本站總編 2020/08/09 檢舉 我要评论" (issue 12 round 61). The
 * links (report, comment, share, save) make it the page's line about the post, never a deck.
 */
const POSTER_DATE =
  /^[^\s\d]{2,8}\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:檢舉|检举|舉報|举报|我要[评評][论論]|[评評][论論]|分享|收藏))+$/u;

/**
 * A list item's section and date, nothing else: "港聞 2023年06月23日", "國際 2024-01-10"; or an outlet's name (its
 * parts joined by ·) over a story, set apart from the date and time it posted it by spaces: "湖南日报·新湖南客户端
 * 2024-11-18 18:22:28" (issue 12 round 64).
 */
const SECTION_DATE = /^\s*(?:[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{2,8}(?:·[\u3400-\u9fff]{2,8}){1,2})\s+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/**
 * A site's or paper's name beside the date alone, under the headline: "某某新闻网 2025-09-09" (issue 12 round 60). The
 * name is a few Han characters closed by the word for a site, paper, station, agency or account.
 */
const OUTLET_DATE = /^[\u3400-\u9fff]{1,10}(?:网|網|报|報|台|社|号|號)\s+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?$/;

/** An edition's date line with its weekday: "2月23日 星期三 农历正月二十三", "5月12日 星期四 北京 阴转晴". */
const WEEKDAY_DATE = /^\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]?\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天](?:\s|$)/;

/** "刊登於 2018-05-13", "发布于2023年3月1日": when the page published the story. */
const PUBLISHED_ON = /^(?:刊登|發佈|發布|发布|更新|出版)[於于]\s*\d{4}/;

/** "發佈時間 2018/11/14 01:36:00", "最後更新 2020/2/23", "发布日期:2023-03-12 浏览次数:": a publication label and its date. */
const PUBLISHED_AT = /^(?:發佈|發布|发布|發表|发表|最後更新|最后更新|更新)(?:時間|时间|日期)?(?:\s+|\s*[:：]\s*)\d{4}\s*[-/.年]\s*\d{1,2}/;

/** Whether classify's folded readers may want the fold: 接 and 版 (markers), 报/報 (an opening byline), a dateline's opening. */
function mayNeedFold(text: string): boolean {
  return text.includes('接') || text.includes('版') || text.includes('报') || text.includes('報') || mayOpenDateline(text);
}

export function classify(block: Block): BlockInfo {
  const text = block.text;
  // The markers, the dateline and the opening byline are read through the fold; the text is folded once, and
  // only when one of them may be there (most blocks have none of their characters).
  const folded = mayNeedFold(text) ? foldTraditional(text) : undefined;
  const from = continuedFromAt(text, folded);
  const meta = isMetaLine(text);
  // A block the page itself calls a byline may carry bare names ("Jane Doe Energy correspondent").
  const byline = from
    ? null
    : (parseBylineLine(text) ?? (BYLINE_CLASS.test(block.className) ? parseAuthorLine(text) : null) ?? (meta ? metaAuthor(text) : null));
  const to = continuesToAt(text, folded);
  const end = endMarkAt(text);
  const asked = ASKED_LINE.test(text.trim());
  const markerOnly = !byline && ((to !== null && to.start === 0) || end === 0 || (EDITOR_LINE.test(text) && text.length < 60 && !asked) || meta || (text.length < 40 && (SKIP_LINK.test(text.trim()) || isPlaceholder(text))) || ALT_LINE.test(text.trim()) || LABELLED_LINK.test(text.trim()) || READ_LINK.test(text.trim()) || CONTROL_LINE.test(text.trim()) || isPagerLine(text) || isUiLine(text) || isFollowLine(text));
  let rest = from ? text.slice(from.end) : text;
  let restFolded = from ? folded?.slice(from.end) : folded;
  // (A head of two parts, "PEPA – Universitätsklinikum Heidelberg", is no bare dateline: two-part-heads.ts.)
  const read = parseDateline(rest, restFolded);
  const dateline = read && !isTwoPartHead(rest, read) ? read : null;
  if (dateline) {
    rest = rest.slice(dateline.length);
    restFolded = restFolded?.slice(dateline.length);
  }
  const opening = parseBracketByline(rest) ?? parseReportedByline(rest, restFolded);
  const creditRead = text.length < 800;
  const credit = creditRead ? parsePhotoCredit(text) : null;
  const title = !byline && !markerOnly && !dateline && !from && !credit && !asked && isTitleLike(text);
  return {
    byline,
    markerOnly,
    title,
    from,
    dateline,
    openingByline: opening !== null,
    opening,
    credit,
    creditRead,
    to,
    end,
    pageLabel: title && text.length <= 30 && PAGE_LABEL.test(text),
  };
}

/** Whether a block opens a story: a dateline, a byline, a continuation marker, or a credited caption. */
export function opensStory(info: BlockInfo | undefined, next?: BlockInfo): boolean {
  if (!info) return false;
  if (info.dateline || info.from || info.byline || info.openingByline || info.credit) return true;
  // A caption whose credit sits on the line below it.
  return !info.title && !!next?.byline?.photographers.length;
}

/** What the comparison drops: spaces, punctuation and symbols. */
const ECHO_DROPPED = /^[\s\p{P}\p{S}]$/u;
/** ECHO_DROPPED for each ASCII character, read once. */
const ASCII_DROPPED = Array.from({ length: 128 }, (_, c) => ECHO_DROPPED.test(String.fromCharCode(c)));

/**
 * `text` without spaces, punctuation and symbols (the same as replacing /[\s\p{P}\p{S}]+/gu), by character
 * code: ASCII and Han characters are settled by a table and a range, the rest by the pattern.
 */
/** How many UTF-16 units the character at `i` takes if the comparison drops it, 0 if it is kept. */
function droppedWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_DROPPED[c]! ? 1 : 0;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 0;
  const cp = text.codePointAt(i)!;
  return ECHO_DROPPED.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** How many characters the comparison keeps in text[0, end), counting no further than `limit`. */
function keptBefore(text: string, end: number, limit: number): number {
  let kept = 0;
  for (let i = 0; i < end && kept <= limit; i++) {
    const w = droppedWidth(text, i);
    if (w === 0) kept++;
    else i += w - 1;
  }
  return kept;
}

/** Where the first character the comparison keeps is, or -1. */
function firstKept(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const w = droppedWidth(text, i);
    if (w === 0) return i;
    i += w - 1;
  }
  return -1;
}

function echoNormal(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let dropped: boolean;
    let width = 1;
    if (c < 128) dropped = ASCII_DROPPED[c]!;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) dropped = false;
    else {
      const cp = text.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      dropped = ECHO_DROPPED.test(String.fromCodePoint(cp));
    }
    if (dropped) {
      if (i > from) out += text.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The sentence stops that close a line which is no headline. */
const ECHO_STOPS = new Set('。！？!?');
/** An item number opening a line ("1. ", "2、"). */
const ECHO_NUMBER = /^\s*\d{1,2}\s*[.。、．]\s*/;

/**
 * A line the next block repeats near its start is that block's headline, however long: archives print the
 * headline over text that opens with it again ("1. 受…情况" over "第1版(要闻)专栏: 受…情况 新华社…电…").
 */
export function markEchoedHeadlines(blocks: Block[], infos: BlockInfo[]): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (info.title || info.byline || info.markerOnly || info.dateline || info.credit) continue;
    const text = blocks[i]?.text ?? '';
    if (text.length > 200 || ECHO_STOPS.has(lastNonSpace(text))) continue;
    const body = text.replace(ECHO_NUMBER, '');
    const lead = firstKept(body);
    if (lead < 0) continue;
    const raw = (blocks[i + 1]?.text ?? '').slice(0, text.length + 60);
    // The echo starts with the line's first kept character within the next block's first 20 kept ones: where
    // that character first appears in the raw text says whether it can, before either text is normalised.
    const first = raw.indexOf(body.charAt(lead));
    if (first < 0 || keptBefore(raw, first, 20) > 20) continue;
    const own = echoNormal(body);
    if (own.length < 12) continue;
    const next = echoNormal(raw);
    const at = next.indexOf(own);
    if (at >= 0 && at <= 20 && next.length > own.length + at) infos[i] = { ...info, title: true };
  }
}
