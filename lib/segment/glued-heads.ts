// Two ways a page text glues its head lines together, undone before the page is read (the source maps point at the
// blocks as given, tail-heads.ts):
// - A site's name glued before its lines: the page's first line names the site ("赛博体育官方网站 分类") and the
//   same name opens the headline line and the first paragraph ("赛博体育午间阅读 …", "赛博体育编木拱桥技术,…"), as
//   a spam host stamps its name into the pages it copies. The name is no word of the headline nor of the text.
// - A headline line run on into a labelled date field ("…作者刘妍发布日期:2023-03-12 浏览次数:"): the field is the
//   page's meta line, split off onto a line of its own as other pages set it; so is a site's address run on to the
//   headline with the date and source after it ("…采访http://www.sina.com.cn 2007年07月14日10:41 中国广播网").
import type { Block } from '../types';
import { classify } from './classify';
import type { Origin } from './tail-heads';

/** A site's name: a few Han characters. */
const NAME = /^[\u3400-\u9fff]{2,8}/u;
/** The page's first line naming the site is short; the first paragraph is prose. */
const MAX_SITE_LINE = 30;
const MIN_PARAGRAPH = 60;
/** A headline line. */
const MAX_HEAD = 90;
const MIN_HEAD = 6;
/** Where the head lines stand: the first few blocks. */
const HEAD_BLOCKS = 6;
/** A labelled date field closing a line: "发布日期:2023-03-12", "發佈時間：2024年1月2日", then counters to the end. */
const DATE_FIELD = /(?:发布日期|发布时间|發佈日期|發佈時間|發布日期|發布時間|更新时间|更新時間)\s*[:：]\s*(?:19|20)\d{2}\s*(?:[-/.年]\s*\d{1,2}){2}日?[^。！？!?]{0,40}$/u;

/** A site's address closing a line, then its date and time and the source ("…采访http://www.sina.com.cn 2007年07月14日
 * 10:41 中国广播网"), as an old portal page printed them in one row under its headline: the page's meta line. The
 * address is left out of the meta line, so that the line reads as the page's date. */
const ADDRESS_DATE = /((?:https?:\/\/|www\.)[\w.-]+(?:\/[\w./-]*)?\s*)(?:19|20)\d{2}\s*(?:[-/.年月]\s*\d{1,2}){2}日?[^。！？!?]{0,40}$/u;

function commonPrefix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}

/** Per block, how many characters of a glued site name open it. */
function gluedNames(blocks: Block[]): Map<number, number> {
  const cuts = new Map<number, number>();
  const first = blocks[0]?.text.trim() ?? '';
  if (!first || first.length > MAX_SITE_LINE) return cuts;
  const para = blocks.findIndex((b, k) => k > 0 && k < HEAD_BLOCKS && b.text.length >= MIN_PARAGRAPH);
  if (para < 2) return cuts;
  const name = NAME.exec(commonPrefix(first, blocks[para]!.text.trimStart()))?.[0];
  if (!name) return cuts;
  // The paragraph opened by a dateline or byline is the story's own opening ("新华社北京…电"), no glued name.
  const info = classify(blocks[para]!);
  if (info.dateline || info.openingByline || info.byline) return cuts;
  const heads: number[] = [];
  for (let k = 1; k < para; k++) {
    const t = blocks[k]!.text.trimStart();
    if (t.startsWith(name) && t.length - name.length >= MIN_HEAD && t.length <= MAX_HEAD + 60) heads.push(k);
  }
  // The name glued before a headline line too: not one word the site's line and the text happen to share.
  if (!heads.length) return cuts;
  for (const k of [...heads, para]) cuts.set(k, blocks[k]!.text.indexOf(name) + name.length);
  return cuts;
}

/** The page with glued site names taken off its head lines and labelled date fields split off, or null. */
export function splitGluedHeads(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const names = gluedNames(blocks);
  const fields = new Map<number, [number, number]>();
  for (let k = 0; k < Math.min(blocks.length, HEAD_BLOCKS); k++) {
    const t = blocks[k]!.text;
    const m = DATE_FIELD.exec(t) ?? ADDRESS_DATE.exec(t);
    if (!m || m.index === 0) continue;
    const head = t.slice(names.get(k) ?? 0, m.index).trim();
    if (head.length < MIN_HEAD || head.length > MAX_HEAD || /[。.!?！？]$/u.test(head)) continue;
    // A headline line over the text: the next block is longer.
    if ((blocks[k + 1]?.text.length ?? 0) <= head.length) continue;
    // (The address is no word of the meta line: the date opens it.)
    fields.set(k, [m.index, m.index + (m[1]?.length ?? 0)]);
  }
  if (!names.size && !fields.size) return null;
  const out: Block[] = [];
  const origin: Origin[] = [];
  blocks.forEach((b, i) => {
    const from = names.get(i) ?? 0;
    const cuts = fields.get(i);
    if (cuts === undefined) {
      out.push(from ? { ...b, text: b.text.slice(from) } : b);
      origin.push({ block: i, offset: from });
      return;
    }
    const [at, meta] = cuts;
    out.push({ ...b, text: b.text.slice(from, at).trimEnd() }, { ...b, headingLevel: null, emphasis: false, text: b.text.slice(meta) });
    origin.push({ block: i, offset: from }, { block: i, offset: meta });
  });
  return { blocks: out, origin };
}
