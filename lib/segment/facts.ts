// What a page is made of, read once per block before any story start is weighed: its furniture (lines it
// repeats, directory and breadcrumb lines, listings), the text each block holds, which blocks close an item,
// the separators it repeats, section labels, and whether it names itself a column of briefs.
import { isMetaLine } from './meta-lines';
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { parseAgencyCredit } from './credit';
import { parseClosingSignature } from './signature';
import { isBareDate } from './date-line';
import { parseTrailingEnglishCredits } from './photo-credit';
import { hasCjk } from './sentence';
import { sourceListLines } from './source-list';
import { formulaClosed, isAdLine } from './closing-formula';
import { endsInTitledReadOn } from './titled-read-on';
import { endsInSourceLink } from './source-links';
import { closedByLoneLinks } from './lone-links';
import { unmarkedCuts } from './unmarked-cuts';
import { longCutPair, snippetItems } from './snippet-items';
import { execAtEnd, lastNonSpace } from './tail';
/** (Made once: a literal made of a property escape alone is rebuilt on every call in the bundles.) */
const LETTER = /\p{L}/u;

/** What the page is made of, read once per block. */
export interface PageFacts {
  /** Page furniture: markers, page labels, lines the page repeats, directory lines ("香港新聞:… P.10"). */
  furniture: Uint8Array;
  /** Characters of story text in each block (0 for headline-like lines, furniture and bylines). */
  prose: Int32Array;
  /** The block closes an item: a photo or agency credit, an end mark. */
  closes: Uint8Array;
  /** Furniture the page repeats (a separator printed before every story). */
  separator: Uint8Array;
  /** A briefs column name near the top ("News In Brief", "World briefly", 简讯, 國際簡訊). */
  briefs: boolean;
  /** A section label line ("國外新聞", "World") over what follows. */
  label: Uint8Array;
  /**
   * Every paragraph closes with its credit: a gallery of captions, whose first caption (under the gallery's title)
   * is one of its items too, so that its starts after a credit number one fewer than its items.
   */
  gallery: boolean;
  /**
   * Dated titles named like a briefs column ("The world in brief – Monday, October 3, 2022"), printed twice or more:
   * each heads one edition, an item of this page, rather than naming the page's column.
   */
  edition: Uint8Array;
  /**
   * The block of a gallery's first picture counter ("1/", "1 of 38") over a caption, where the page parts its pictures
   * by counters; -1 when none. What stands above it (title, lead picture, key points, introduction) frames the gallery.
   */
  firstPicture: number;
}

/**
 * Column names that say "every item here is a brief" (older papers name theirs "Cables", "Cable News"; newsletters
 * "Daily Briefing"); also the column's compilation credit, which stands where its
 * name would ("Compiled from wire service reports by …", "From staff and wire reports").
 */
export const BRIEFS_HEAD = /\b(?:in brief|briefs?|briefly|digest|round-?up|news summary|wire (?:service )?reports|cables|cable news|by cable|(?:morning|evening|daily|weekend|news) briefing)\b|简讯|簡訊|简报|簡報|快讯|快訊|速览|速覽|简要新闻|簡要新聞|短讯|短訊|热点新闻|熱點新聞|新闻摘要|新聞摘要|早新闻|早新聞|新闻速递|新聞速遞/i;

const REPEATED_MAX = 24;
/** A title's date: a weekday, "October 3", "10月3日", "2022-10-03". */
const DATED = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s*月\s*\d{1,2}\s*日|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/;
/** Dated column names that make them editions. */
const MIN_EDITIONS = 2;
/** A paragraph the site cut off: one ellipsis at its end, not the doubled "……" of a writer's pause. */
const CUT_END = /(?:[^…]…|[^.]\.{3})\s*$/;
/** A picture counter on its own line: "1/", "2 of 38", "3/12". */
const COUNTER = /^\s*\d{1,3}\s*(?:\/|of)\s*(?:\d{1,3})?\s*$/;
/** A gallery's count of its pictures on its own line: "30 PHOTOS", "/ 30 photos", "共30张图片", "30張". */
const PICTURE_COUNT = /^\s*(?:[/|]\s*)?(?:\d{1,3}\s*(?:photos?|pictures?|images?|slides?)|共?\s*\d{1,3}\s*[张張幅](?:图片|圖片|照片)?)\s*$/i;

/** A line giving how many pictures a gallery holds ("/ 30 PHOTOS"): it stands under the gallery's title and standfirst. */
export function isPictureCount(text: string): boolean {
  return PICTURE_COUNT.test(text);
}

/** Cut paragraphs a page shows before they tell its items apart. */
const MIN_CUT = 3;
/** Captions a page shows before it reads as a gallery. */
const MIN_GALLERY = 3;
/** A line pointing to another page: "中國新聞:… P.7", "Sport, page 12", "（详见第3版）". */
const DIRECTORY = /(?:(?:^|[\s:：])(?:P|p|Page|page|頁|页)\.?\s?\d{1,3}|第\s*[A-Z]?\d{1,3}\s*版[)）]?)\s*$/;
/** A site's breadcrumb trail: "首页 > 报纸 > 参考消息", "Home » News » World". */
const BREADCRUMB = /^[^>»›]{1,20}(?:\s*[>»›]\s*[^>»›]{1,20}){2,}$/;
/** A line listing items between slashes or bars ("焦點:泰國柬埔寨衝突/石破茂否認將請辭/…", "訂閱/退訂 | 看歷史報份"). */
const LISTING = /^(?:[^/|｜]{1,24}[/|｜]){3,}[^/|｜]{1,24}$/;
/** A line of topic tags ("#川震10年#中國大陸", "#climate #energy"): navigation, never a headline. */
const TAGS = /^#[^#\s]{1,20}#|^(?:#[^#\s]{1,30}\s*){2,}$/;
/**
 * A few words set on their own line under an item's last sentence ("我来说两句", "详细内容", "查看全文"): the link a
 * page prints at the end of every item, which closes it. (Chinese prose runs on without spaces, so a space after
 * the stop is where the line broke.)
 */
const TRAILING_LINK = /[。！？?!」”』]\s+[\u3400-\u9fff]{2,8}\s*$/;
/**
 * A teaser's link run onto its cut text ("…The conflict began inContinue reading “title”", "…不強。(看完整報導",
 * "… Read more »"): the site's words for "the rest is elsewhere", which close the item. Read on the tail only, after
 * some text of the item's own (a paragraph that is only "Read more: …" points at another story inside this one).
 */
const READ_ON = /(?:continue reading|read more|read the full (?:story|article)|full story|看完整報導|看完整报道|閱讀全文|阅读全文|查看全文|閱讀更多|阅读更多|[>»›]{1,3}\s*(?:详情|詳情|详细|詳細|全文|更多)|(?:详情|詳情|详细|詳細|全文|更多)\s*(?=[>»›])|[\[【](?:详情|詳情|详细|詳細|全文|更多)[\]】])(?:\s*[:：]?\s*[“"「『][^”"」』]{1,120}[”"」』])?\s*[»›>…)）.]*\s*$/i;
/** What every READ_ON link holds ("rea"d, "full", or one of the Han words' characters): no such word, no link. */
const READ_ON_WORD = /rea|full|[看閱阅查详詳全更]/i;
/**
 * The characters a READ_ON match can end on before its closing spaces (the last of each link word in either case,
 * a closing quote, bracket or arrow): a tail ending on any other (a stop, most paragraphs) is spared the pattern.
 */
const READ_ON_LAST = new Set('gGeEyY導道文多情细細]】”"」』»›>…)）.');
/** Text of the item's own before a read-on link. */
const MIN_BEFORE_READ_ON = 40;

/** The block ends in a teaser's read-on link after text of its own. */
export function endsInReadOn(text: string): boolean {
  const tail = text.slice(-200);
  const m = READ_ON_LAST.has(lastNonSpace(tail)) && READ_ON_WORD.test(tail) ? READ_ON.exec(tail) : null;
  // (The link may also name its post unquoted, "Continue reading Title": titled-read-on.ts; or be the source's name
  // in capitals and an arrow, "… CNN BUSINESS >": source-links.ts.)
  return (!!m && text.slice(0, text.length - tail.length + m.index).trim().length >= MIN_BEFORE_READ_ON) || endsInTitledReadOn(text) || endsInSourceLink(text);
}
/**
 * A round-up's standfirst, which speaks of the items below it rather than telling a story ("以下是本周热点新闻的
 * 盘点:", "一分钟看完今日要闻", "Here are the day's top stories", a greeting's "一起來了解過去24小時…新聞資訊", a TV
 * script's bidding to watch the set, "请看今天的科技简讯", "接下來請看一組體育簡訊"): read only on a short block.
 */
export const ROUNDUP_INTRO = /以下是|以下为|以下為|如下[:：]|盘点|盤點|速览|速覽|一览|一覽|本期|here are|here's (?:a look|what)|the following|catch up on|(?:一起|带你|帶你|带您|帶您|让我们|讓我們)(?:来|來)?(?:了解|看看|回顾|回顧|浏览|瀏覽)[^。！？!?]{0,24}(?:新闻|新聞|资讯|資訊|大事)|(?:请|請)(?:看|收看)[^。！？!?]{0,12}(?:简讯|簡訊|新闻|新聞|资讯|資訊|要闻|要聞|快讯|快訊)/i;
/** A standfirst is shorter than this. */
export const MAX_INTRO = 240;

/** A short block that introduces the items below it: a round-up's standfirst, or text that ends on a colon. */
export function isRoundupIntro(text: string): boolean {
  return text.length < MAX_INTRO && (ROUNDUP_INTRO.test(text) || /[:：]\s*$/.test(text));
}

/** A section label rather than a headline: a country or desk name ("俄罗斯", "■美国", "【全球热评十九大】", "World"). */
export function isLabel(text: string): boolean {
  const t = text.trim();
  if (/^[【\[〔][^】\]〕]{1,20}[】\]〕]$/.test(t)) return true;
  const core = t.replace(/^[△▲■□●◆◇★☆▶►\s]+/, '');
  if (hasCjk(core)) return core.replace(/\s+/g, '').length <= 4;
  return core.split(/\s+/).length <= 1;
}

/** A deck line under a headline, opened by a long dash ("——习近平文化思想的…"). */
const DASH_DECK = /^\s*(?:——|──|--)\s*\S/;

export function pageFacts(blocks: Block[], infos: BlockInfo[]): PageFacts {
  const n = blocks.length;
  const furniture = new Uint8Array(n);
  const prose = new Int32Array(n);
  const closes = new Uint8Array(n);
  const separator = new Uint8Array(n);
  const label = new Uint8Array(n);
  const seen = new Map<string, number>();
  // A line printed twice in a row (an e-paper's title over its page and over its story) counts once: a separator
  // the page repeats stands before different stories, never right after itself.
  blocks.forEach((b, i) => {
    if (b.text.length <= REPEATED_MAX && blocks[i - 1]?.text !== b.text && !infos[i]?.listed) seen.set(b.text, (seen.get(b.text) ?? 0) + 1);
  });
  // Lines with text under them somewhere on the page: a headline has its story under it; a link line the page
  // prints after every item ("Continue Reading", "full story") has the next headline.
  const overText = new Set<string>();
  // (A headline over its deck, a line opened by a dash, "——…", heads the deck's story too.)
  blocks.forEach((b, i) => {
    const next = infos[i + 1];
    // (Only a line short enough to be a repeated one is ever looked up: a paragraph is not hashed.)
    if (b.text.length <= REPEATED_MAX && next && (!next.title || DASH_DECK.test(blocks[i + 1]?.text ?? ''))) overText.add(b.text);
  });
  // The reading list a digest prints under an item ("- BBC | Title"): links, no story's text.
  const sources = sourceListLines(blocks);
  for (let i = 0; i < n; i++) {
    const b = blocks[i] as Block;
    const info = infos[i] as BlockInfo;
    const t = b.text;
    // A short line the page prints more than once and that is no headline ("第1版()", "专栏:") is furniture.
    // (A repeated longer headline-like line may be a headline in an index and over its story: not furniture.)
    // A heading the page marks as one (h1–h6) is its own: "Meal 1" over each day's plan repeats on purpose.
    const repeated = t.length <= REPEATED_MAX && (seen.get(t) ?? 0) >= 2 && (!info.title || t.length <= 8 || !overText.has(t)) && b.headingLevel === null;
    const directory = info.title && !info.to && t.length <= 60 && DIRECTORY.test(t);
    const crumbs = t.length <= 60 && BREADCRUMB.test(t);
    const listing = (!/[。！？]/.test(t) && LISTING.test(t)) || TAGS.test(t);
    // A block printed twice in a row is a picture's alt text and caption, or a widget: the second copy is furniture.
    const twice = i > 0 && t.length > 8 && blocks[i - 1]?.text === t;
    // (So is a line that is nothing but a date, the page's or the edition's: date-line.ts.)
    furniture[i] = info.markerOnly || info.pageLabel || repeated || directory || crumbs || listing || twice || sources[i] || isMetaLine(t) || isBareDate(t) || isAdLine(t) ? 1 : 0;
    label[i] = info.title && !furniture[i] && isLabel(t) ? 1 : 0;
    separator[i] = repeated ? 1 : 0;
    // Story text has words: a line of figures and bars ("|2006.10.30") is page furniture too.
    prose[i] = furniture[i] || info.title || info.byline || !LETTER.test(t) ? 0 : t.length;
    closes[i] = info.end !== null || (prose[i] > 0 && (TRAILING_LINK.test(t.slice(-16)) || endsInReadOn(t))) || (info.credit !== null && !info.title) || !!info.byline?.photographers.length || (prose[i] > 0 && (parseAgencyCredit(t) !== null || parseTrailingEnglishCredits(t) !== null || parseClosingSignature(t) !== null)) ? 1 : 0;
  }
  // A gallery's picture counter ("1/", "2 of 38") parts its pictures, where the page prints two or more.
  const counters: number[] = [];
  for (let i = 0; i < n; i++) if (COUNTER.test(blocks[i]?.text ?? '')) counters.push(i);
  if (counters.length >= 2) for (const i of counters) furniture[i] = closes[i] = 1;
  let firstPicture = -1;
  const first = counters[0] ?? -1;
  if (counters.length >= 2 && /^\s*1\D/.test(blocks[first]?.text ?? '')) {
    let k = first + 1;
    while (k < n && furniture[k]) k++;
    if (prose[k]) firstPicture = first;
  }
  // A list page shows only the opening of each item, cut by the site with an ellipsis ("…", "..."): where most of
  // its paragraphs end so, each cut paragraph closes an item (a story's own "……" is a pause in it, not a cut).
  const cut: number[] = [];
  let paragraphs = 0;
  for (let i = 0; i < n; i++) {
    if (!prose[i]) continue;
    paragraphs++;
    if (execAtEnd(CUT_END, blocks[i]?.text ?? '') !== null) cut.push(i);
  }
  // (Two long ones of a like length say as much, snippet-items.ts.)
  if ((cut.length >= MIN_CUT || longCutPair(prose, cut)) && cut.length * 2 >= paragraphs) {
    for (const i of cut) closes[i] = 1;
    // So do a page of snippets' whole ones, none of its paragraphs longer than the cut (snippet-items.ts).
    for (const i of snippetItems(blocks, infos, prose, cut)) closes[i] = 1;
  }
  // So does a cut with no mark, mid-sentence, right over the next item's headline (unmarked-cuts.ts).
  for (const i of unmarkedCuts(blocks, infos, prose)) closes[i] = 1;
  // (A closing formula the page repeats closes each paragraph it ends, closing-formula.ts.)
  for (const i of formulaClosed(blocks, prose)) closes[i] = 1;
  // (So does the read-on link or bullet a listing sets alone between every two items, lone-links.ts.)
  for (const i of closedByLoneLinks(blocks, prose)) closes[i] = 1;
  let closed = 0;
  for (let i = 0; i < n; i++) if (prose[i] && closes[i]) closed++;
  const gallery = paragraphs >= MIN_GALLERY && closed === paragraphs;
  const edition = new Uint8Array(n);
  let editions = 0;
  for (let i = 0; i < n; i++) if (infos[i]?.title && !furniture[i] && BRIEFS_HEAD.test(blocks[i]?.text ?? '') && DATED.test(blocks[i]?.text ?? '')) edition[i] = ++editions && 1;
  if (editions < MIN_EDITIONS) edition.fill(0);
  let briefs = false;
  for (let i = 0; i < Math.min(n, 6) && !briefs; i++) briefs = !!infos[i]?.title && !edition[i] && BRIEFS_HEAD.test(blocks[i]?.text ?? '');
  return { furniture, prose, closes, separator, briefs, label, gallery, edition, firstPicture };
}


/** A site's notices to its reader (notifications, cookies, browsers, newsletters): never a story's text. */
export const SITE_NOTICE = /\bnotifications?\b|\bcookies?\b|\bbrowsers?\b|瀏覽器|浏览器|\bsubscribe\b|\bnewsletters?\b|\bsign up\b|隐私|隱私|JavaScript/i;
