// Portal and mirror lines read before a page's story is looked for:
// - a keyword strip a spam host prints above the page, phrases parted by commas and printed twice over
//   ("静电接地报警器,标准金属量器,…,静电接地报警器,标准金属量器,…"): no sentence, no headline, no text;
// - a meta line whose characters carry their reading in brackets, as some mirrors print them
//   ("來(lái)源:華龍網(wǎng)2024-01-22"): read without the brackets, it is the source line it is;
// - a row of a page's tabs right under its menu bar, short words parted by spaces ("節目內容 欄目介紹 主創人員"): furniture;
// - a site's menu row set with spaces and opened by its home entry ("首页 新闻中心 本地新闻 热评"), read without any
//   bracketed readings: furniture, never the headline over the line under it (issue 12, round 45);
// - a programme's title and air date in book-title marks with no page number ("《採訪受阻事件透視》(2002年3月28日)"),
//   under no headline: the page's headline, not a print source line (which names its page, 版, or sits under one).
import type { Block } from '../types';
import { isMetaLine, type BlockInfo } from './classify';
import { asFurniture } from './line-marks';

/** Phrases parted by commas or enumeration marks, no sentence stop. */
const PHRASES = /^[^。！？!?；;]+$/u;
const MIN_PHRASES = 6;
const MAX_PHRASE = 14;
/** A bracketed reading after a character: "(lái)", "(xiě)". */
const READING = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/gu;
/** Short words parted by spaces, three or more: a row of tabs when the site's menu bar is right above it. */
const TABS = /^\s*(?:[\u3400-\u9fff]{2,6}\s+){2,}[\u3400-\u9fff]{2,6}\s*$/u;
/** A menu row: the home entry, then three short words or more, parted by spaces. */
const HOME_ROW = /^\s*(?:首页|首頁|网站首页|網站首頁|主页|主頁)(?:\s+[\u3400-\u9fff]{2,6}){3,}\s*$/u;
/** A menu row is looked at up to this length. */
const MAX_ROW = 200;
/** A menu bar: entries parted by bars, three bars or more. */
function isMenuBar(text: string): boolean {
  return (text.match(/[|｜]/gu) ?? []).length >= 3;
}
/** A title in book-title marks and a full date in brackets, nothing else. */
const DATED_TITLE = /^\s*《[^》]{2,30}》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]\s*$/u;

function isRepeatedStrip(text: string): boolean {
  if (!PHRASES.test(text)) return false;
  const parts = text.split(/[,，、]/u).map((p) => p.trim());
  if (parts.length < MIN_PHRASES || parts.some((p) => !p || p.length > MAX_PHRASE * 2)) return false;
  // Printed twice over: a phrase found again (the strip's end runs into its start, "…有限公司静电接地报警器").
  const short = parts.filter((p) => p.length <= MAX_PHRASE);
  return short.length >= MIN_PHRASES - 1 && new Set(short).size < short.length;
}

/** The line with its bracketed readings taken out. */
function withoutReadings(text: string): string {
  return text.includes('(') ? text.replace(READING, '') : text;
}

/** A meta line once its readings are taken out (only a line that had some). */
function isReadMetaLine(text: string): boolean {
  const plain = withoutReadings(text);
  return plain !== text && isMetaLine(plain);
}

export function markPortalLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (info.byline || info.dateline || info.from || info.markerOnly) continue;
    const text = blocks[i]?.text ?? '';
    const tabs = (TABS.test(text) && i > 0 && isMenuBar(blocks[i - 1]?.text ?? '')) || (text.length <= MAX_ROW && HOME_ROW.test(withoutReadings(text)));
    if (isRepeatedStrip(text) || tabs || isReadMetaLine(text)) infos[i] = asFurniture(info);
  }
  // The dated programme title under no headline (only furniture above it).
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (!info.markerOnly || info.byline || !DATED_TITLE.test(blocks[i]?.text ?? '')) continue;
    let k = i - 1;
    while (k >= 0 && infos[k]?.markerOnly) k--;
    const above = k >= 0 ? infos[k] : undefined;
    if (above?.title && !isMenuBar(blocks[k]?.text ?? '')) continue;
    if (above && !above.title) continue;
    infos[i] = { ...info, title: true, markerOnly: false };
  }
}
