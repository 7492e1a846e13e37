// Item numbers and marks: the number or sign a page opens its items with ("1." "2、" "【三】" "△" "📍"), and the number
// a headline line opens with, set off by a space alone included ("1 英国曼彻斯特…").
import { opensWithLostMark } from './lost-marks';

/**
 * An item number: "1." "2、" "3）". After a point, not a decimal ("1.6"), unless a date follows it ("1.6月15日 浙江");
 * after 、 or a bracket a figure may follow ("2、22日起…", "5、2023年是…"); after a comma, ASCII or full width, only Han
 * text or a one- or two-figure number before Han text ("1,应急管理部…", "3,11月新三板…"), never a thousands group ("1,000").
 */
const ITEM_NUM = /^\s*(\d{1,2})\s*(?:[、)）]|[,，](?=\s*(?:[\u3400-\u9fff“"《]|\d{1,2}[\u3400-\u9fff]))|[。.．](?:(?!\s*\d)|(?=\s*\d{1,2}\s*月\s*\d{1,2}\s*日)))\s*(?=\S)/;
/** A number in round brackets a digest numbers its items with ("(1) 俄羅斯…", "（2）据…"). */
const ITEM_PAREN = /^\s*[(（]\s*(\d{1,2})\s*[)）]\s*(?=\S)/;
const ITEM_BRACKET = /^\s*[【\[〔]\s*[^】\]〔〕\s]{0,6}?([一二三四五六七八九十]{1,3}|\d{1,2})\s*[】\]〕]/;
/**
 * A bare item mark: a sign (△ ■ ●), or a pictograph a social post marks its items with ("📍"); not the copyright
 * and trademark signs, pictographs too, which open credit lines ("© Name / AFP").
 */
// (Any geometric shape a page sets its items with, ▷ ▸ ◎ as well as ■ ●; not ○, the zero of dates written in words.)
const ITEM_MARK = /^\s*(?:[\u25A0-\u25CA\u25CC-\u25EE\u25F0-\u25FF★☆]|(?![©®™])\p{Extended_Pictographic}\uFE0F?)\s*\S/u;
/** A keycap number a newsletter numbers its items with ("1️⃣ …"): a figure, the emoji selector and the keycap sign. */
const KEYCAP_NUM = /^\s*(\d)\uFE0F?\u20E3\s*(?=\S)/;
const CN_NUMERAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function numeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 1) return CN_NUMERAL[s] ?? 0;
  // 十一 … 十九, 二十 …
  const [a, b] = [...s];
  if (a === '十') return 10 + (CN_NUMERAL[b ?? ''] ?? 0);
  return (CN_NUMERAL[a ?? ''] ?? 0) * 10 + (b === '十' ? 0 : (CN_NUMERAL[b ?? ''] ?? 0));
}

/** The item number a block opens with (0: a bare mark like △ ■; -1: none). */
export function itemNumber(text: string): number {
  const n = ITEM_NUM.exec(text) ?? ITEM_PAREN.exec(text) ?? ITEM_BRACKET.exec(text) ?? KEYCAP_NUM.exec(text);
  if (n) return numeral(n[1] ?? '') || -1;
  // (A mark the page's encoding lost, "?全國…", is one too: lost-marks.ts.)
  return ITEM_MARK.test(text) || opensWithLostMark(text) ? 0 : -1;
}

/**
 * A headline's number set off by a space alone ("1 英国曼彻斯特…", "2 艾奥瓦州州长…"): read on headline lines only, and not
 * before a unit or a date's word ("10 月", "3 名"), as spaced text sets figures.
 */
const SPACED_HEAD_NUM = /^\s*(\d{1,2})\s+(?=[\u3400-\u9fff])(?![年月日时時点點分秒号號名人个個位家岁歲次万萬亿億元米倍度])/;

/** A digest's numbered head in Chinese text: "NO.1 隔夜市场", "No.2 公司要闻". */
const NO_HEAD_NUM = /^\s*N[Oo]\.\s*(\d{1,2})\s*(?=[\u3400-\u9fff])/;

/** The item number a headline line opens with, a number set off by a space alone included (-1: none; 0: a bare mark). */
export function headNumber(text: string): number {
  const n = itemNumber(text);
  if (n >= 0) return n;
  const m = SPACED_HEAD_NUM.exec(text) ?? NO_HEAD_NUM.exec(text);
  return m ? Number(m[1]) || -1 : -1;
}

