// Lines of video-news, live-text and press-conference pages, read before a page's story is looked for:
// - a field label on a line of its own over a bulleted value ("活動標題" / "- 國務院新聞辦公室…記者招待會",
//   "活動描述" / "- …"): the label is furniture; the value of a title field, less its bullet, is a headline line
//   (splitFieldTitle sets it apart from its bullet, markFieldLabels reads the labels);
// - a line of counters and nothing else ("0瀏覽 評論0", "阅读 1234 评论 5", "人氣 2624"): furniture, no headline;
// - an event's particulars, two labelled lines or more in a row ("時間:2016年10月27日15:00-16:20",
//   "地點:…", "發布人:…"): lines of the story's text, not headlines, and their time is the event's, not the page's
//   date line; the line right over them names the event (a press conference's title) and is no headline of the
//   page when a headline with its own date or source line stands above it;
// - a video's subtitles set one phrase a line right under the headline's date or source line (eight short lines
//   or more, none a sentence): the story's text, not a stack of headlines;
// - a title numbered as a compilation numbers its pieces ("第一篇:政协发言人…答记者问实录"): the page's headline,
//   over any lines between it and the text (the event it reports, a deck).
import type { Block } from '../types';
import { isMetaLine, type BlockInfo } from './classify';
import type { Origin } from './tail-heads';
import { cjkCount } from './sentence';
import { asFurniture } from './line-marks';

/** A bracketed reading after a character, as some mirrors print them: "(lái)". */
const READING = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/gu;
function plain(text: string): string {
  return text.includes('(') ? text.replace(READING, '') : text;
}

/** A field's name on a line alone: a word or two and a field word, an optional colon. */
const FIELD_LABEL = /^\s*[\u3400-\u9fff]{0,4}(?:標題|标题|題目|题目|描述|內容|内容|簡介|简介|摘要|正文|詳情|详情)\s*[:：]?\s*$/u;
/** The title field's label. */
const TITLE_LABEL = /(?:標題|标题|題目|题目)\s*[:：]?\s*$/u;
/** A list bullet opening a value line. */
const VALUE_BULLET = /^\s*[-–•·]\s+(?=\S)/u;

function isLabelOverValue(blocks: readonly Block[], i: number): boolean {
  return FIELD_LABEL.test(blocks[i]?.text ?? '') && VALUE_BULLET.test(blocks[i + 1]?.text ?? '');
}

/** The page with a title field's value set apart from its bullet, or null when it has none. */
export function splitFieldTitle(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (!isLabelOverValue(blocks, i) || !TITLE_LABEL.test(blocks[i]?.text ?? '')) continue;
    const value = blocks[i + 1] as Block;
    const at = VALUE_BULLET.exec(value.text)?.[0].length ?? 0;
    const out = [...blocks];
    out[i + 1] = { ...value, text: value.text.slice(at) };
    const origin: Origin[] = blocks.map((_, k) => ({ block: k, offset: k === i + 1 ? at : 0 }));
    return { blocks: out, origin };
  }
  return null;
}

/** Counters: a number and a counted thing, either way round ("0瀏覽", "評論0", "阅读 1234"); a page's popularity
 *  count (人氣 2624) is one too. */
const COUNTED = '(?:人氣|人气|浏览|瀏覽|阅读|閱讀|评论|評論|点赞|點讚|點贊|收藏|分享|转发|轉發|点击|點擊)(?:量|数|數|次)?';
/** A first character of a counted thing: a counter line holds one (taking readings out adds none). */
const COUNTER_START = /[人浏瀏阅閱评評点點收分转轉]/;
const COUNTER_LINE = new RegExp(`^\\s*(?:(?:\\d[\\d,]*\\s*(?:次|人)?\\s*${COUNTED}|${COUNTED}\\s*[:：]?\\s*[(（]?\\s*\\d[\\d,]*\\s*[)）]?)\\s*[|｜/·]?\\s*){1,4}$`, 'u');

/** An event's particular: its time, place, speaker or host, labelled. */
const PARTICULAR = /^\s*(?:時間|时间|日期|地點|地点|地址|發布人|发布人|發言人|发言人|主持人|主持|出席|出席嘉賓|出席嘉宾|嘉賓|嘉宾|主講人?|主讲人?)\s*[:：]\s*\S/u;
const MIN_PARTICULARS = 2;

/** Subtitles: this many short lines or more, each at most this many characters, none closing a sentence. */
const MIN_SUBTITLES = 8;
const MAX_SUBTITLE = 20;
/** A pause or an ellipsis may stand alone between subtitles. */
const PAUSE = /^\s*(?:…+|\.{3,}|—+)\s*$/u;

/** A piece's number a compilation titles it with: "第一篇:", "第3篇：". */
export const PIECE_NUMBER = /^\s*第[一二三四五六七八九十\d]{1,3}篇\s*[:：]\s*(?=\S)/u;

export function markLivePageLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  const n = blocks.length;
  const text = (k: number) => blocks[k]?.text ?? '';
  // Each block's text less its readings, made once (several passes below read it).
  const plains: (string | undefined)[] = new Array(n);
  const plainAt = (k: number) => (k < n ? (plains[k] ??= plain(text(k))) : '');
  for (let i = 0; i < n; i++) {
    const info = infos[i] as BlockInfo;
    if (info.byline || info.dateline) continue;
    // (The title field's value was set apart from its bullet: the label stands over a headline-like line.)
    const titleField = FIELD_LABEL.test(text(i)) && TITLE_LABEL.test(text(i)) && !!infos[i + 1]?.title;
    if (isLabelOverValue(blocks, i) || titleField || (COUNTER_START.test(text(i)) && COUNTER_LINE.test(plainAt(i)))) infos[i] = asFurniture(info);
  }
  // The headline with its own date or source line right under it (or a line between): the page's head.
  let dated = -1;
  for (let i = 0; i < n && dated < 0; i++) {
    if (!infos[i]?.title) continue;
    for (let k = i + 1; k <= i + 2 && k < n; k++) if (isMetaLine(plainAt(k))) dated = k;
    if (!/[。！？]/u.test(text(i)) && cjkCount(text(i)) >= 8 && dated >= 0) break;
    dated = -1;
  }
  // An event's particulars, and the event's name over them.
  for (let i = 0; i < n; i++) {
    let j = i;
    while (j < n && PARTICULAR.test(plainAt(j)) && cjkCount(text(j)) <= 40) j++;
    if (j - i < MIN_PARTICULARS) continue;
    for (let k = i; k < j; k++) if (infos[k]?.title) infos[k] = { ...(infos[k] as BlockInfo), title: false };
    const over = i - 1;
    if (dated >= 0 && over > dated && infos[over]?.title && !infos[over]?.byline) infos[over] = { ...(infos[over] as BlockInfo), title: false };
    i = j - 1;
  }
  // Subtitles under the headline's date or source line.
  if (dated >= 0) {
    let j = dated + 1;
    let lines = 0;
    while (j < n) {
      const t = text(j).trim();
      if (PAUSE.test(t)) {
        j++;
        continue;
      }
      if (!infos[j]?.title || t.length > MAX_SUBTITLE || /[。！？!?；;]/u.test(t)) break;
      lines++;
      j++;
    }
    if (lines >= MIN_SUBTITLES) {
      for (let k = dated + 1; k < j; k++) if (infos[k]?.title) infos[k] = { ...(infos[k] as BlockInfo), title: false, lineOfText: true };
    }
  }
  // A piece-numbered title over lines of its own before the text: those lines are no headline.
  for (let i = 0; i < n; i++) {
    if (!infos[i]?.title || !PIECE_NUMBER.test(text(i))) continue;
    for (let k = i + 1; k < n && infos[k]?.title && !PIECE_NUMBER.test(text(k)); k++) infos[k] = { ...(infos[k] as BlockInfo), title: false };
    break;
  }
}
