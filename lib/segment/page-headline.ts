// The headline of a page that holds one story, read from the lines above its text when the page says nothing
// about itself (no <title> match, no h1): page texts copied from a site, e-paper article pages. The headline
// sits in the run of short lines right above the first paragraph, among page furniture (menus, breadcrumbs,
// tool bars, page labels), kickers and decks; when a date or source line follows within a few lines, the line
// it follows is the headline ("标题 / 2023-02-06 10:04 来源：光明日报"); otherwise the line nearest the text is.
import { isLatinDeckUnder, isShortCapsUnder, isTagLineUnder } from './latin-heads';
import type { Block } from '../types';
import { isMetaLine, opensStory, type BlockInfo } from './classify';
import { isOriginalTitleNote, stripSiteName } from './headline';
import { sharedWords } from './overlap';
import { isLabel, MAX_INTRO } from './facts';
import { NOTICE } from './parts';
import { cjkCount } from './sentence';
import { hasNonSpaceUnits } from './space';
import { isLabelledProse } from './labelled-prose';
import { isFieldDate } from './field-dates';
import { isAccountDateLine } from './account-dates';
import { hasDashedDeckUnder } from './dashed-deck';

/** A picture's source line: "图片来源：…", "圖源:…". */
const PICTURE_SOURCE = /^(?:图片|圖片|照片|图|圖)(?:来源|來源|源|提供)\s*[:：]/u;
/** Text shorter than this (without spaces) and not headline-like is no paragraph: a menu entry, a counter. */
const MIN_PROSE = 30;
/** A line opening with a date and a clock time: when the story was published. */
const STAMPED = /^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s+\d{1,2}:\d{2}/u;
/** How far below a headline its date or source line may sit (a byline, a word count between). */
const META_REACH = 4;

const BREADCRUMB = /^(?:当前位置|您的位置|您现在的位置|现在位置|當前位置|您的位置|位置)\s*[:：]|[^\s>]\s*[>›»]\s*\S/;
const URL = /https?:\/\/|www\.[a-z0-9-]+\./i;
const MARKUP = /<\/?[a-z][^>]*>/i;
/** A label and its value, or a label alone: "专栏：图文广角", "作者:cctv", "专栏:". */
const LABEL = /^(?:专栏|栏目|来源|來源|作者|编辑|編輯|责编|責編|记者|記者|版面|稿源|字号|字號|字体|字體|日期|时间|時間|发布时间|發佈時間)\s*[:：]/;
/** Page tools: font size, print, share, pagers, navigation between posts. */
const TOOLS = /字号|字號|字体|字體|打印|分享|收藏|放大|缩小|关闭窗口|關閉|上一[页頁篇主题個个]|下一[页頁篇主题個个]|复制链接|複製連結|[【[]\s*(?:打\s*印|关闭|關閉)/;
/** An e-paper's pager between its pages or issues. */
const EDITION_PAGER = /上一[版期]|下一[版期]/u;
/** A font-size tool's label opening the line. */
const FONT_SIZE = /^\s*(?:字号|字號|字体|字體)\s*[:：]/;
/** A line of bracketed labels with little else: "【本期导读】", "CNML格式】 【 】 【打 印】". */
const BRACKETED = /^[【[][^】\]]{0,12}[】\]]$|【\s*】/;
/** A repost's credit line: "原创 严建平 档案春秋" (the mark, the author, the account). */
const CREDIT = /^(?:原[创創]|Original)(?:\s|$)/;

function cjkOrWords(text: string): number {
  const cjk = cjkCount(text);
  if (cjk > 0) return cjk;
  return text.split(/\s+/).filter((w) => /[A-Za-z]{2}/.test(w)).length * 2;
}

/** Han characters and Latin words together (a word counting two): the size of a mixed part ("EconReporter的使用說明"). */
function mixedSize(text: string): number {
  const cjk = cjkCount(text);
  if (cjk === 0) return cjkOrWords(text);
  return cjk + text.split(/\s+/).filter((w) => /[A-Za-z]{2}/.test(w)).length * 2;
}

/**
 * A navigation path: parts of a word or two each, set apart by " - ", " > " or "|" ("新闻频道 - 中国要闻"). A part's
 * Latin words count with its Han characters, so that a title naming a site in Latin letters before a Han phrase
 * ("Site的使用說明 – 2017年7月號") is not read as a two-part path.
 */
function isPath(text: string): boolean {
  const parts = text.split(/\s+[-–—>]\s+|[|｜]/).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => mixedSize(p) <= 6);
}

/**
 * A site's keyword strip: four phrases or more joined by "_" or "-" and no sentence ("热门视频_精品推荐_…"), printed
 * above the page for search engines. No headline and no paragraph.
 */
const KEYWORD_STRIP = /^(?:[^。！？_\-]{2,40}[_\-]){3,}[^。！？_\-]{2,40}$/u;

function isKeywordStrip(text: string): boolean {
  return KEYWORD_STRIP.test(text) && (text.match(/[\u3400-\u9fff]/gu) ?? []).length >= text.length / 2;
}

/** Page furniture that reads like a headline (short, unpunctuated) but never is one. */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  if (isKeywordStrip(t)) return true;
  // (A block going on past its label for sentences of prose is a paragraph, labelled-prose.ts.)
  if (BREADCRUMB.test(t) || URL.test(t) || MARKUP.test(t) || (LABEL.test(t) && !isLabelledProse(t)) || BRACKETED.test(t) || CREDIT.test(t)) return true;
  if (isOriginalTitleNote(t)) return true;
  if (/^#/.test(t) || (t.match(/[|｜]/g)?.length ?? 0) >= 2 || isPath(t)) return true;
  return t.length <= 24 && TOOLS.test(t);
}

/** A date, time or source line (a meta line, or a short line carrying a full date: "http://… 2011-05-23 14:57"). */
function isDateLine(text: string): boolean {
  // (A date set in brackets, "[October 17, 2024]", is a date line as the bare date is.)
  const bracketed = /^\s*\[([^\[\]]{6,40})\]\s*$/.exec(text);
  if (bracketed) return isDateLine(bracketed[1] as string);
  // A font-size tool line ("字體: 放大 還原 縮小") is a page tool, with no date or source to follow a headline.
  if (FONT_SIZE.test(text) && !/\d/.test(text)) return false;
  // An e-paper's pager with the edition's date ("上一版 下一版 2013年8月20日 星期二") dates the page, not a story.
  if (EDITION_PAGER.test(text)) return false;
  // (So is an e-paper view's month-and-day date field, "日期:11-08", field-dates.ts.)
  if (isMetaLine(text) || isFieldDate(text)) return true;
  return text.length < 90 && /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}/.test(text) && !/[。！？]\s*$/.test(text);
}

export function isProse(block: Block, info: BlockInfo): boolean {
  if (opensStory(info) || info.lineOfText) return true;
  if (info.title || info.markerOnly || info.byline) return false;
  return hasNonSpaceUnits(block.text, MIN_PROSE) && !isFurniture(block.text);
}

/** A line that may be the story's headline: headline-like, no furniture, no page label, no dashed deck, not a mere word. */
export function isHeadlineCandidate(block: Block, info: BlockInfo): boolean {
  if (!info.title || info.pageLabel) return false;
  const t = block.text.trim();
  if (/^[—–-]{1,2}/.test(t) || isFurniture(t)) return false;
  return cjkOrWords(t.replace(/^[•·●◆■□*＊]\s*/, '')) >= 4;
}

export interface PageHeadline {
  /** The candidate a date or source line follows (-1: none): the headline, whatever else the page says. */
  headline: number;
  /** The candidate nearest the text (-1: none): the headline when the page has no title to go by. */
  nearest: number;
  /** Where the story's text starts. */
  body: number;
}

/**
 * The block holding the headline of a one-story page, and where its text starts: the run of non-prose lines right above the story's
 * first paragraph (stopped by an e-paper page label, above which the page's own navigation sits), and in it the
 * last candidate that a date or source line follows, else the last candidate.
 */
export function pageHeadline(blocks: Block[], infos: BlockInfo[]): PageHeadline {
  const n = blocks.length;
  let body = 0;
  // A site's promotion or notice ("【…電子報】掌握最新…", "點擊下載APP") above the story is no paragraph of it.
  const text = (k: number) => isProse(blocks[k] as Block, infos[k] as BlockInfo) && !isSiteNotice(blocks[k] as Block, infos[k] as BlockInfo);
  while (body < n && !text(body)) body++;
  if (body >= n) return { headline: -1, nearest: -1, body: n };
  let top = body;
  while (top > 0 && !infos[top - 1]?.pageLabel && !text(top - 1)) top--;
  let nearest = -1;
  let dated = -1;
  let datedBy = -1;
  let tagged = -1;
  let longTitle = -1;
  const stacked = (i: number) => i > top && isHeadlineCandidate(blocks[i - 1] as Block, infos[i - 1] as BlockInfo) && !isLabel(blocks[i - 1]?.text ?? '');
  for (let i = top; i < body; i++) {
    const b = blocks[i] as Block;
    if (!isHeadlineCandidate(b, infos[i] as BlockInfo) || isCitedTitle(blocks, i)) continue;
    // A line a picture's source line follows ("图片来源：…") is the picture's caption.
    if (PICTURE_SOURCE.test(blocks[i + 1]?.text.trim() ?? '')) continue;
    // (A post's lower-case tag line under its headline, "atlantic cities": the line above it is the headline.)
    if (i > top && isTagLineUnder(blocks[i - 1]?.text ?? '', b.text) && isHeadlineCandidate(blocks[i - 1] as Block, infos[i - 1] as BlockInfo)) tagged = i - 1;
    longTitle = nearest;
    nearest = i;
    for (let k = i + 1; k <= body && k <= i + META_REACH; k++) {
      // (The story's text may start at its byline line, right under a headline of one line: under a stacked
      // headline, which of its lines heads the story is the group's to say.)
      // (So may a dateline set on a line of its own, "中央社／ 北京8日電": the story's source line.)
      const sourceLine = k === i + 1 && datelineAlone(blocks[k] as Block, infos[k] as BlockInfo);
      if (k === body && !(infos[k]?.byline && k === i + 1 && !stacked(i)) && !sourceLine) break;
      // (A date on a site's notice line, "2023/02/11 第8072期 | 訂閱/退訂", dates the edition, unless it opens with
      // the time of publishing, "2021-06-18 21:49:35 21世紀經濟報道 21財經APP …"; a byline line of its
      // own, "特派記者…/北京報導", signs the story as a source line does.)
      const t = blocks[k]?.text ?? '';
      if ((isDateLine(t) && (!NOTICE.test(t) || STAMPED.test(t))) || (!!infos[k]?.byline && t.length < BYLINE_LINE) || sourceLine) {
        dated = i;
        datedBy = k;
        break;
      }
    }
  }
  // A date line under a masthead's motto or a promotion ("公平.公正.公信" / "Friday 19 May 2023") dates the page, not
  // a story: where the dated line shares no words with the story's text and another line above it is made of
  // the text's own words, that line is the headline (a headline names what its lead tells).
  // (A section label over a list of items, "兩岸國際", names no story: it stays what it is.)
  // (A line the page prints again inside the text, between its parts, is the story's own title, not a motto.)
  // (A post's account-and-date line under it, "南国早报 2024-04-22", signs the line as the post's headline, account-dates.ts;
  // so does a dashed deck right under it, "——写在第十八个记者节", dashed-deck.ts.)
  if (dated >= 0 && !isLabel(blocks[dated]?.text ?? '') && !(datedBy === dated + 1 && isAccountDateLine(blocks[datedBy]?.text ?? '')) && !hasDashedDeckUnder(blocks, dated) && !printedAgainBelow(blocks, dated, body) && sharedWords(blocks[dated]?.text ?? '', leadText(blocks, infos, body)) < LOW_OVERLAP) {
    const lead = leadText(blocks, infos, body);
    let best = -1;
    let most = HEADLINE_OVERLAP;
    for (let i = top; i < body; i++) {
      if (!isHeadlineCandidate(blocks[i] as Block, infos[i] as BlockInfo)) continue;
      const o = sharedWords(blocks[i]?.text ?? '', lead);
      if (o > most) [best, most] = [i, o];
    }
    if (best >= 0) dated = best;
  }
  // (An English headline over its deck, a long sentence: the line above the deck is the one nearest as a headline.)
  if (tagged >= 0) nearest = tagged;
  // (A section label or a writer's name, a few capitalised words nearest the text, under an English title, the
  // candidate before it: the title.)
  else if (longTitle >= 0 && isShortCapsUnder(blocks[longTitle]?.text ?? '', blocks[nearest]?.text ?? '')) nearest = longTitle;
  else if (nearest > top && isHeadlineCandidate(blocks[nearest - 1] as Block, infos[nearest - 1] as BlockInfo) && isLatinDeckUnder(blocks[nearest - 1]?.text ?? '', blocks[nearest]?.text ?? '')) nearest--;
  return { headline: dated, nearest, body };
}

/** Whether the line at `at` is printed again at or below the text's start `body` (a title repeated between parts). */
function printedAgainBelow(blocks: Block[], at: number, body: number): boolean {
  const t = blocks[at]?.text.trim() ?? '';
  for (let k = Math.max(body, at + 1); k < blocks.length; k++) if (blocks[k]?.text.trim() === t) return true;
  return false;
}

/** A line that is a dateline and nothing more ("中央社／ 北京8日電"): the agency's source line under a web headline. */
function datelineAlone(block: Block | undefined, info: BlockInfo | undefined): boolean {
  return !!block && !!info?.dateline && block.text.trim().length - info.dateline.length <= 1;
}

/** A short block in the words of a site's notices and promotions (subscriptions, apps, e-mail editions), opening no story. */
function isSiteNotice(block: Block, info: BlockInfo): boolean {
  return block.text.length < MAX_INTRO && !opensStory(info) && NOTICE.test(block.text);
}

/** A byline on a line of its own is shorter than this. */
const BYLINE_LINE = 40;

/** A short line naming a source, ending in a colon: "From Wikipedia:", "Via Reuters:". */
const SOURCE_INTRO = /^[^\u3400-\u9fff]{2,40}:\s*$/;
/** A line in quotation marks from end to end. */
const QUOTED = /^\s*["“‘'].+["”’']\s*$/;

/**
 * A quoted line that a line naming its source introduces ("From Wikipedia:" / "“International Reaction”"): the title
 * of what is quoted below, not the story's headline.
 */
export function isCitedTitle(blocks: Block[], i: number): boolean {
  return i > 0 && QUOTED.test(blocks[i]?.text ?? '') && SOURCE_INTRO.test(blocks[i - 1]?.text ?? '');
}

/** Shared words below this: a line about something else. */
const LOW_OVERLAP = 0.15;
/** Shared words above this: a line made of the text's own words. */
const HEADLINE_OVERLAP = 0.35;
/** How much of the story's opening text a headline is compared with. */
const LEAD_CHARS = 600;

/** The opening text of the story below `body`: its prose blocks, up to LEAD_CHARS. */
function leadText(blocks: Block[], infos: BlockInfo[], body: number): string {
  let out = '';
  for (let k = body; k < blocks.length && out.length < LEAD_CHARS; k++) {
    if (isProse(blocks[k] as Block, infos[k] as BlockInfo)) out += blocks[k]?.text ?? '';
  }
  return out;
}


/** A page title that names only the site ("中国日报网", "BBC News"): no story's headline to fall back on. */
export function isSiteNameOnly(title: string): boolean {
  const t = stripSiteName(title);
  return t === title.trim().replace(/\s+/g, ' ') && cjkOrWords(t) <= 8;
}
