// Datelines: "本报包头2月9日电", "本报讯", "新华社北京2月9日电", "WASHINGTON (Reuters) -", "(CNN) --"; in Traditional
// "【本報訊】", "（中央社記者林宏翰台北3日電）", "（中央社）", "明報專訊" (matched through the character fold, reported
// as written). A dateline is source + optional place + optional date + kind; it opens a story's first paragraph.
import { foldCharCode, foldTraditional } from '../hant/fold';
import { codeSet, isSpaceCode } from './space';
import { isHan } from '../figures/chars';
import type { Dateline } from '../types';
import { parseStoppedDateline } from './stopped-dateline';
import { parseBracketByline } from './byline';
import { headWithoutReadings, lineLength } from './pinyin-readings';

export interface DatelineMatch {
  dateline: Dateline;
  /** Length of the matched prefix, including the separator after it. */
  length: number;
}

/** News organisations that file datelined copy (longest first so 新华社 wins over 新华). */
const CN_SOURCES = [
  '本报', '本刊', '本台', '本网', '新华社', '中新社', '中新网', '中国新闻社', '人民日报', '人民网', '新华网',
  '央视新闻', '央视网', '央视', '光明日报', '经济日报', '中国日报', '中国青年报', '工人日报', '法制日报',
  '解放军报', '科技日报', '农民日报', '中国经济网', '澎湃新闻', '界面新闻', '北京日报', '南方日报',
  '新京报', '环球时报', '中国青年网', '国际在线', '中国网', '海外网', '东方网', '大河网', '红网',
  // Hong Kong, Taiwan, Macau and overseas papers and agencies, in their Simplified forms (the text is folded)
  '中央社', '明报', '星岛日报', '星岛', '联合报', '联合新闻网', '自由时报', '中国时报', '中时新闻网', '澳门日报',
  '世界日报', '大公报', '文汇报', '香港文汇报', '香港商报', '香港经济日报', '东方日报', '香港01', '信报', '联合早报',
  '星洲日报', '南洋商报', '商报',
  // Foreign agencies as Chinese papers name them (参考消息 items open "法新社六日报道，…", "【埃菲社哈瓦那5月10日电】").
  '法新社', '美联社', '美聯社', '路透社', '埃菲社', '共同社', '时事社', '時事社', '塔斯社', '俄新社', '德新社', '合众社',
  '安莎社', '韩联社', '韓聯社', '中央社', '本報', '新華社',
].sort((a, b) => b.length - a.length);

const CN_NUM = '[0-9０-９一二三四五六七八九十〇零]';
const CN_DATE = `(?:${CN_NUM}{2,4}年)?(?:${CN_NUM}{1,2}月)?${CN_NUM}{1,3}日`;
const CN_KIND = '(?:专电|專電|专讯|专稿|综合外电报导|综合外电报道|综合报道|综合消息|联合报道|报道|报导|報導|消息|电|電|讯|訊)';
/**
 * Every part up to the kind is a group, so that the groups tile the match and each one's offset is the sum of the
 * lengths before it (a `d` flag would say the same, at several times the cost of the match): 1 the lead, 2 the
 * source, 3 a reporter, 4 the place, 5 spaces, 6 the date, 7 spaces, 8 the kind.
 */
const CN_DATELINE = new RegExp(
  // (An outlet's app or account is the outlet's: "据央视新闻客户端消息", "据人民日报微博消息".)
  `^([\\s(（【〔\\[]*据?\\s*)((?:${CN_SOURCES.join('|')})(?:新闻客户端|客户端|官方微博|微博|微信公众号|公众号)?)` +
    // 中央社记者林宏翰台北3日电: the reporter's name (two or three characters, most often three) before the place
    // (a slash may set the source off: "中央社／ 北京8日電", as a web page prints the agency over its dateline)
    `((?:\\s*[／/]\\s*(?=[\\u3400-\\u9fff]))?(?:记者[\\u3400-\\u9fff]{2,3}(?=[\\u3400-\\u9fff]{2,8}?\\s*(?:${CN_DATE})?\\s*(?:专电|电)))?)` +
    `((?:(?!记者|消息|报道|通讯员)[\\u3400-\\u9fff·]){0,8}?)(\\s*)` +
    `(${CN_DATE})?(\\s*)` +
    `(${CN_KIND})` +
    // No kind of a dateline goes on as a list does ("本報新聞以深度報導、極簡閱讀精神" tells what the paper does)
    `(?!、|[\\u3400-\\u9fff]{0,1}(?:力|视|影|台|话|脑|子|网|器|池|厂|站|费|价|量|机|梯|报道))` +
    // (The comma a reported source takes before the text, "据新华社消息，…", is the dateline's, not the text's.)
    `[)）】〕\\]]?\\s*[:：,，]?\\s*`,
);
/**
 * "大洋网讯（记者 张三）", "昆明信息港讯(昆明日报 记者王姗)", "黑龙江日报11月8日讯 …": a site, station or paper not in CN_SOURCES,
 * named by a word that says it is one (网, 港, 台, 报, 社, 客户端, 在线, 频道, 新闻), then 讯 and a bracketed byline, a
 * space or a colon, a date before 讯 if any: the outlet's own report. (Matched folded; "电台讯号" goes on in a word and is none.)
 * A site and its app named together, joined by ·, are one outlet ("某某新闻网·某某客户端讯 …", issue 12 round 66).
 */
const CN_OUTLET_XUN = new RegExp(`^\\s*((?:[\\u3400-\\u9fff]{1,6}?(?:在线|频道|新闻|网|台|报|社)·)?[\\u3400-\\u9fff]{1,6}?(?:客户端|在线|频道|新闻|网|港|台|报|社))(${CN_DATE})?(讯)(?=\\s*[(（]|\\s|[:：])[:：]?\\s*`);
/**
 * "中广网呼和浩特7月14日消息(记者… )", "某某台北京5月3日讯 …": the same outlet named by its word (the longest such
 * opening: "香港某某社北京…" is the agency's, not "香港"'s), then the place it reported from (no outlet's word in it) and
 * the date, then 消息 or 讯: the agency-style dateline of an outlet not in CN_SOURCES, as 电 is read for the sources
 * listed. The place and the date are both required, and the same bracketed byline, space or colon after the kind, so
 * a sentence that tells of a message ("某网站8月3日消息称…") is never read as one. (An unlisted agency's 电 stays
 * unread: a page printing its datelined text twice between credited captions would open stories of its own.)
 */
const CN_OUTLET_PLACED = new RegExp(
  `^\\s*([\\u3400-\\u9fff]{1,6}(?:客户端|在线|频道|新闻|网|港|台|报|社))((?:(?!记者|消息|报道|通讯员)[^\\P{Script=Han}社网]){2,6}?)(${CN_DATE})(消息|讯)(?=\\s*[(（]|\\s|[:：])[:：]?\\s*`,
  'u',
);
/** The characters a kind ends on (消息 on 息): without one in the first twenty characters, no outlet's dateline. */
const OUTLET_KIND_END = /[讯訊息]/;
/** "（新加坡綜合訊）", "（吉隆坡訊）": Singapore's and Malaysia's papers date a story by its place alone, or by its
 * place and the day of the month ("（怡保25日訊）", issue 12 round 57). */
const CN_PLACE_ONLY = /^\s*[(（]([\u3400-\u9fff]{2,5}?)([0-9０-９]{1,2}日)?(综合讯|讯)[)）]\s*/d;
/**
 * "昆明 / 華僑救國…", "紐約/ 對於…": overseas Chinese bulletins set a story's place off by a slash and a space. One
 * place alone (not a list of them: "北京 / 上海 / 廣州"), then the story's words.
 */
const CN_PLACE_SLASH = /^\s*([\u3400-\u9fff]{2,4})\s?[／/]\s+(?=[\u3400-\u9fff「“])(?![\u3400-\u9fff]{2,4}\s?[／/])/;
/** "（中央社）" alone opening the text: the agency's copy, with no place or date. */
const CN_SOURCE_ONLY = /^\s*[(（【](中央社|新华社|中新社|路透社|法新社|美联社|共同社)[)）】]\s*/d;
/**
 * "【特訊】", "（特訊）", "【專訊】": the older Hong Kong papers credit their own copy by a bracketed kind alone, with no
 * source or place. (Not "【又訊】": a further report adds to the story above it and opens none.)
 */
const CN_KIND_ONLY = /^\s*[(（【〔](特讯|专讯)[)）】〕]\s*/d;
/**
 * "【東方台2011年5月10日訊】", "【南方報2020年07月17日訊】", "【海峽報消息】": an outlet's own copy credited in a 【】 bracket
 * by its name and 讯, after the month and the day (the full date says it is a dateline, whatever the name), or by a
 * name ending on the word that says it is an outlet (报, 网, 台, 社, 新闻) and 讯 or 消息 ("【最新消息】" is a label).
 */
const CN_BRACKET_DATED = /^\s*【([\u3400-\u9fff]{1,6}?)((?:[0-9０-９]{2,4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日)(讯)】\s*/d;
const CN_BRACKET_OUTLET = /^\s*【([\u3400-\u9fff]{1,6}?(?:新闻|报|网|台|社))(讯|消息)】\s*/d;

const WIRES = [
  'Reuters', 'AP', 'AFP', 'Bloomberg', 'Xinhua', 'dpa', 'DPA', 'UPI', 'CNN', 'BBC', 'Kyodo', 'Yonhap',
  'Associated Press', 'Agence France-Presse', 'Reuters Breakingviews', 'CNBC', 'ANSA', 'EFE', 'TASS',
];
/**
 * A broadcaster's call sign in brackets after the place, as a station's web copy credits itself ("ALBANY, N.Y.
 * (WSYR-TV) — …", "(KTLA) —"): three to five capitals and a band after a hyphen if any. Read only where a wire's name
 * may stand, between a place in capitals and the dash.
 */
const CALL_SIGN = '[A-Z]{3,5}(?:-(?:TV|DT|FM|AM|CD|LD))?';
/**
 * The place in capitals closed by a colon, as South Asian and Gulf papers date their copy ("WASHINGTON: Several
 * people…", "NEW DELHI: The…"): one to three words in capitals, then the text in capitals and lower case. A label in
 * capitals closed the same way ("UPDATE:", "EDITOR'S NOTE:", "WHAT WE KNOW:") names no place: the words a desk uses
 * for its labels are left out.
 */
const EN_COLON_PLACE = /^\s*([A-Z][A-Z'’-]{2,}(?:[ ][A-Z][A-Z'’-]+){0,2}):[ ]+(?=["“]?[A-Z][a-z])/;
const DESK_LABEL =
  /\b(?:UPDATE[DS]?|BREAKING|EXCLUSIVE|WATCH|LISTEN|READ|MORE|NOTE|EDITOR'?’?S|CORRECTION|ALERT|LIVE|OPINION|ANALYSIS|VIDEO|PHOTOS?|WARNING|SPOILERS?|FACT|CHECK|WHAT|WHO|WHY|HOW|WHEN|WHERE|KEY|POINTS|SUMMARY|SOURCE|CREDIT|PHOTO|TAGS?|RELATED|ALSO|SEE|NEW|NEWS|TOPICS?|Q|A|PS|NB|TL;?DR|DISCLAIMER|ADVERTISEMENT|SPONSORED|STORY|QUOTE|WE|YOU|THE|OUR)\b/;

/**
 * A release service's name framed in slashes after the place and date, as a company's wire release opens
 * ("TOLEDO, Ohio, May 21, 2018 /PRNewswire/ -- …", "/Business Wire/", "/CNW/"): one to three capitalised words, read
 * only where a wire's name may stand, between a place in capitals and the dash (English plain-text round 9).
 */
const RELEASE_WIRE = '[ ]\\/([A-Z][A-Za-z]+(?:[- ][A-Z][A-Za-z]+){0,2})\\/';

const MONTH =
  '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?|January|February|March|April|June|July|August|September|October|November|December';
const EN_DATELINE = new RegExp(
  `^\\s*([A-Z][A-Z.'’\\-]+(?:[ ][A-Z][A-Z.'’\\-]+){0,3}(?:,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?)` +
    `(?:,?[ ]((?:${MONTH})[ ]\\d{1,2}(?:,[ ]\\d{4})?))?` +
    `(?:[ ]{0,2}\\((${WIRES.map((w) => w.replace(/[.-]/g, '\\$&')).join('|')}|${CALL_SIGN})(?:[ ]Breakingviews)?\\)|${RELEASE_WIRE})?` +
    // The dash, or the underscore the wire sent for it ("MADISON, Wis. (AP) _ Republicans…").
    // "PARIS, Nov. 25 (AP).—Lawmakers…": some papers set a point before the dash and no space after it.
    `(?:[ ]?(?:[-–—]{1,2}|_)[ ]+|\\.[-–—](?=[A-Z“"]))`,
);

/**
 * The wire's name alone in brackets before the dash, as a network's or an agency's copy opens when no place is given
 * ("(CNN) -- The storm…", "(Reuters) - Shares…", "(AP) — A judge…"): a known wire and the dash are both required,
 * and the text must go on in a capital, so a parenthesis opening a sentence is not read as one.
 */
const EN_SOURCE_ONLY = new RegExp(
  `^\\s*\\((${WIRES.map((w) => w.replace(/[.-]/g, '\\$&')).join('|')})\\)[ ]?(?:[-–—]{1,2}|_)[ ]+(?=["“]?[A-Z])`,
);

/**
 * The older papers' dateline: the place in capitals and lower case, the date, then a dash run into the text
 * ("Washington, D. C., April 17.—The senate…", "Charlotte, April 17.—“I never…"). The date and the dash are
 * required, so a sentence is not read as one. (An OCR point for the comma after the city is taken as one:
 * "Dallas. Texas, July 25—".)
 */
const EN_DATED_PLACE = new RegExp(
  `^\\s*([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?:[,.][ ][A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2})?),[ ]((?:${MONTH})[ ]\\d{1,2})\\.?[-–—]{1,2}[ ]?(?=[A-Z“"])`,
);

/**
 * The cable page's dateline: the place in capitals, the date, and the text run on after a space with no dash
 * ("LONDON, Jan. 28 Britain is unable…", "OTTAWA, Jan 28 The Minister…", "LONDON, August 11. London faces…"). The
 * place in capitals and the date are both required, so a sentence is not read as one.
 */
const EN_CABLE = new RegExp(
  `^\\s*([A-Z][A-Z'’.-]{2,}(?:[ ][A-Z][A-Z'’.-]+){0,2}),[ ]((?:${MONTH})[ ]?-?\\d{1,2})\\.?[ ]+(?=["“]?[A-Z][a-z]|A[ ])`,
);

/**
 * A date alone before the dash, as a health or trade site dates its news ("May 9, 2024 – Were you born…"): the month
 * and day, the year (required, so a sentence is not read as one), a dash with a space after it, then the text.
 */
const EN_DATE_ONLY = new RegExp(`^\\s*((?:${MONTH})[ ]\\d{1,2},[ ]\\d{4})[ ]?[-–—]{1,2}[ ]+(?=["“]?[A-Z])`);

/** A cable dateline set on a line of its own under the item's headline ("RUGBY, Dec. 5"): no headline itself. */
const EN_CABLE_LINE = new RegExp(`^\\s*[A-Z][A-Z'’.-]{2,}(?:[ ][A-Z][A-Z'’.-]+){0,2},[ ](?:${MONTH})[ ]?-?\\d{1,2}\\.?\\s*$`);
/**
 * The same in capitals and lower case, as a city page sets its teasers' datelines ("New Delhi, May 31", "Noida,
 * May 31"): a place of one to three capitalised words, a comma, the month and day, and nothing else on the line.
 */
const EN_PLACE_LINE = new RegExp(`^\\s*[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2},[ ](?:${MONTH})[ ]\\d{1,2}\\.?\\s*$`);

export function isDatelineLine(text: string): boolean {
  return EN_CABLE_LINE.test(text) || EN_PLACE_LINE.test(text);
}

/** The characters a source can open with (Simplified; a Traditional one is folded before the test). */
const CN_SOURCE_FIRST = codeSet(CN_SOURCES.map((s) => s[0] ?? '').join(''));
/** What may come before the source: spaces, an opening bracket, 据 (as folded). */
const CN_LEAD = codeSet('(（【〔[');
const JU = '据'.charCodeAt(0);

/**
 * Whether CN_DATELINE can match: its source must start right after the lead (spaces and brackets, then 据 and
 * spaces), none of whose characters can open a source, so one position settles it. Most paragraphs open with
 * something else, and are spared the fold and the pattern.
 */
function mayOpenWithSource(text: string): boolean {
  let i = 0;
  while (i < text.length && (isSpaceCode(text.charCodeAt(i)) || CN_LEAD.has(text.charCodeAt(i)))) i++;
  if (i < text.length && foldCharCode(text.charCodeAt(i)) === JU) {
    i++;
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  }
  return i < text.length && CN_SOURCE_FIRST.has(foldCharCode(text.charCodeAt(i)));
}

/** The first character after leading spaces ('' for none): the other patterns each need a bracket or a capital there. */
function firstNonSpace(text: string): string {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return text.charAt(i);
  return '';
}

const CN_DIGITS: Record<string, string> = { '０': '0', '１': '1', '２': '2', '３': '3', '４': '4', '５': '5', '６': '6', '７': '7', '８': '8', '９': '9' };

/** Whether a Chinese dateline may open the text (its source, or a bracket, first): only then is it read folded. */
export function mayOpenDateline(text: string): boolean {
  const first = firstNonSpace(text);
  return first === '(' || first === '（' || first === '【' || mayOpenWithSource(text);
}

/** The "PLACE / " dateline of an overseas bulletin, or null; tried only where a slash sits in the first few characters. */
function placeSlash(text: string): DatelineMatch | null {
  const slash = text.search(/[／/]/);
  if (slash < 2 || slash > 7) return null;
  const m = CN_PLACE_SLASH.exec(text);
  return m ? { dateline: { source: '', place: m[1] ?? '', date: null, kind: '' }, length: m[0].length } : null;
}

/** Whether the character is a Han one. */
const isHanChar = (c: string) => c !== '' && isHan(c.charCodeAt(0));

/** CN_OUTLET_XUN's dateline, tried only where 讯 or 訊 stands among the first twenty characters (the head alone folded). */
function outletXun(text: string): DatelineMatch | null {
  if (!OUTLET_KIND_END.test(text.slice(0, 20))) return null;
  // (The head alone is folded: a dateline of either form ends within its first thirty characters.)
  const head = foldTraditional(text.slice(0, 30));
  const placed = CN_OUTLET_PLACED.exec(head);
  if (placed) return outletPlaced(text, placed);
  const m = CN_OUTLET_XUN.exec(head);
  if (!m) return null;
  // A bracket after 讯 is the outlet's byline, or the opening is none ("早报讯(记者颜鹏陈明华文/图)": no names read).
  const rest = text.slice(m[0].length);
  if (/^[(（]/.test(rest) && !parseBracketByline(rest)) return null;
  const lead = m[0].length - m[0].trimStart().length;
  const source = text.slice(lead, lead + m[1]!.length);
  const date = m[2] ? text.slice(lead + source.length, lead + source.length + m[2].length) : null;
  return { dateline: { source, place: null, date, kind: text.charAt(lead + source.length + (date?.length ?? 0)) }, length: m[0].length };
}

/** CN_OUTLET_PLACED's dateline: source, place, date and kind as the text writes them (the fold keeps offsets). */
function outletPlaced(text: string, m: RegExpExecArray): DatelineMatch | null {
  // A bracket after the kind is the outlet's byline, or the opening is none (as for 讯 above).
  const rest = text.slice(m[0].length);
  if (/^[(（]/.test(rest) && !parseBracketByline(rest)) return null;
  let at = m[0].length - m[0].trimStart().length;
  const part = (k: number) => {
    const s = text.slice(at, at + m[k]!.length);
    at += m[k]!.length;
    return s;
  };
  const source = part(1);
  const place = part(2);
  const date = part(3).replace(/[０-９]/g, (d) => CN_DIGITS[d] ?? d);
  return { dateline: { source, place, date, kind: part(4) }, length: m[0].length };
}

/** `folded` is `foldTraditional(text)`, when the caller has it already. */
/**
 * The place in capitals closed by a colon opening a headed story's first paragraph ("WASHINGTON: Several people…").
 * Read by article.ts alone, on the first paragraph under a headline, never as a story's start: a transcript's speaker
 * ("CONAN: And what…") and a digest's run-in label ("CUBA: Professor…") are set the same way, and the caller leaves
 * a label that opens other paragraphs of the story too, as a speaker's does.
 */
export function parseColonDateline(text: string): DatelineMatch | null {
  const colon = EN_COLON_PLACE.exec(text);
  if (!colon || DESK_LABEL.test(colon[1]!)) return null;
  return { dateline: { source: '', place: colon[1]!, date: null, kind: 'dateline' }, length: colon[0].length };
}

/** Whether the text opens with a label in capitals closed by a colon, as a colon dateline or a speaker's turn does. */
export function opensWithCapitalLabel(text: string): boolean {
  return EN_COLON_PLACE.test(text);
}

export function parseDateline(text: string, folded?: string): DatelineMatch | null {
  const read = parsePrinted(text, folded);
  if (read) return read;
  // The head carrying each character's bracketed pinyin reading ("中新網(wǎng)廣州3月8日電"): read as printed
  // without them, the length given in the line (pinyin-readings.ts).
  const bare = headWithoutReadings(text);
  const again = bare ? parsePrinted(bare.text) : null;
  return bare && again ? { dateline: again.dateline, length: lineLength(bare, again.length) } : null;
}

function parsePrinted(text: string, folded?: string): DatelineMatch | null {
  const cnSource = mayOpenWithSource(text);
  const first = firstNonSpace(text);
  const bracket = first === '(' || first === '（' || first === '【';
  if (!cnSource && !bracket && !(first >= 'A' && first <= 'Z')) return (isHanChar(first) ? outletXun(text) : null) ?? placeSlash(text);
  const wire = first === '(' ? EN_SOURCE_ONLY.exec(text) : null;
  if (wire) return { dateline: { source: wire[1] ?? '', place: null, date: null, kind: 'wire' }, length: wire[0].length };
  if (cnSource || bracket) folded ??= foldTraditional(text);
  const cn = cnSource ? CN_DATELINE.exec(folded!) : null;
  if (cn) {
    // the groups as the text writes them (the fold keeps offsets): 本報, 臺北, 電
    const at: number[] = [0];
    for (let k = 1; k <= 8; k++) at.push(at[k - 1]! + (cn[k]?.length ?? 0));
    const group = (k: number) => text.slice(at[k - 1], at[k]);
    const place = group(4).trim();
    return {
      dateline: {
        source: group(2),
        place: place || null,
        date: cn[6] ? group(6).replace(/[０-９]/g, (d) => CN_DIGITS[d] ?? d) : null,
        kind: group(8),
      },
      length: cn[0].length,
    };
  }
  const outlet = !bracket && isHanChar(first) ? outletXun(text) : null;
  if (outlet) return outlet;
  const placed = bracket ? CN_PLACE_ONLY.exec(folded!) : null;
  if (placed) {
    const slice = (k: number) => text.slice(placed.indices![k]![0], placed.indices![k]![1]);
    const day = placed[2] ? slice(2).replace(/[０-９]/g, (d) => CN_DIGITS[d] ?? d) : null;
    return { dateline: { source: '', place: slice(1), date: day, kind: slice(3) }, length: placed[0].length };
  }
  const bracketed = first === '【' ? (CN_BRACKET_DATED.exec(folded!) ?? CN_BRACKET_OUTLET.exec(folded!)) : null;
  if (bracketed) {
    const slice = (k: number) => text.slice(bracketed.indices![k]![0], bracketed.indices![k]![1]);
    const day = bracketed.length > 3 ? slice(2).replace(/[０-９]/g, (d) => CN_DIGITS[d] ?? d) : null;
    return { dateline: { source: slice(1), place: null, date: day, kind: slice(bracketed.length - 1) }, length: bracketed[0].length };
  }
  const only = bracket ? CN_SOURCE_ONLY.exec(folded!) : null;
  if (only) {
    const [from, to] = only.indices![1]!;
    return { dateline: { source: text.slice(from, to), place: null, date: null, kind: '' }, length: only[0].length };
  }
  const kindOnly = bracket ? CN_KIND_ONLY.exec(folded!) : null;
  if (kindOnly) {
    const [from, to] = kindOnly.indices![1]!;
    return { dateline: { source: '', place: null, date: null, kind: text.slice(from, to) }, length: kindOnly[0].length };
  }
  const en = first >= 'A' && first <= 'Z' ? EN_DATELINE.exec(text) : null;
  const dated = !en && first >= 'A' && first <= 'Z' ? EN_DATED_PLACE.exec(text) : null;
  if (dated) return { dateline: { source: '', place: dated[1] ?? '', date: dated[2] ?? null, kind: 'dateline' }, length: dated[0].length };
  const cable = !en && first >= 'A' && first <= 'Z' ? EN_CABLE.exec(text) : null;
  if (cable) return { dateline: { source: '', place: cable[1] ?? '', date: cable[2] ?? null, kind: 'dateline' }, length: cable[0].length };
  const dateOnly = !en && first >= 'A' && first <= 'Z' ? EN_DATE_ONLY.exec(text) : null;
  if (dateOnly) return { dateline: { source: '', place: null, date: dateOnly[1] ?? null, kind: 'dateline' }, length: dateOnly[0].length };
  const stopped = !en ? parseStoppedDateline(text) : null;
  if (stopped) return stopped;
  if (!en && first === 'B') return bylinedWire(text);
  if (en) {
    const place = en[1] ?? '';
    const agency = en[3] ?? en[4] ?? null;
    // A bare "CITY —" needs an all-capital place of some length to be told from a sentence.
    if (!agency && !(/^[A-Z][A-Z .'’-]{2,}$/.test(place.split(',')[0] ?? ''))) return null;
    return {
      dateline: { source: agency ?? '', place, date: en[2] ?? null, kind: agency ? 'wire' : 'dateline' },
      length: en[0].length,
    };
  }
  return null;
}

/**
 * A wire teaser's byline run into its dateline ("By Tom Polansek CHICAGO, Aug 19 (Reuters) – U.S. health…",
 * "By Leah Douglas and Nichola Groom WASHINGTON, Aug 19 (Reuters) – …"): the names in capitals and lower case, then
 * a dateline in capitals that names its wire, so a sentence opening "By" is never read as one. One match, no scan.
 */
const BYLINE_RUN_IN = /^\s*By[ ][A-Z][a-z'’.-]+(?:[ ][A-Z][a-z'’.-]*){0,3}(?:(?:,[ ]|,?[ ]and[ ])[A-Z][a-z'’.-]+(?:[ ][A-Z][a-z'’.-]*){0,3}){0,3}[ ](?=[A-Z][A-Z])/;

function bylinedWire(text: string): DatelineMatch | null {
  const by = BYLINE_RUN_IN.exec(text);
  if (!by) return null;
  const en = EN_DATELINE.exec(text.slice(by[0].length));
  if (!en || !en[3]) return null;
  return {
    dateline: { source: en[3], place: en[1] ?? '', date: en[2] ?? null, kind: 'wire' },
    length: by[0].length + en[0].length,
  };
}
