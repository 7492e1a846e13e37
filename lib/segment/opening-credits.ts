// The lines between a page's publication line ("2019年11月06日07:20 来源:大象新闻", "2026-01-24 13:15:00") and its
// first paragraph of prose, which a web copy prints one to a line:
// - a number alone ("5034"): the page's view counter, furniture, never the text's first words;
// - a reporter's line headed by an outlet the byline grammar does not list ("大象新闻记者 孙玥/文图",
//   "封面新闻记者 马嘉豪 通讯员 唐诗"): outlet words closed by 记者, then role words and names, a role after a slash
//   ("/文图", "/文") allowed: the byline;
// - a Han name alone ("刘建平"), straight over the prose: the writer's line, the byline.
// Only in the page's opening (its first OPENING blocks, up to the first paragraph of prose), and only under a
// publication line: a name or a number elsewhere is the text's. One look at each opening block and its neighbours.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { emptyByline, looksLikeHanName, parseRoleNames } from './byline';
import { asFurniture } from './line-marks';

/** The opening is read this far, at most. */
const OPENING = 12;
/** A paragraph of prose at least this long ends the opening. */
const PROSE = 40;
/** A view counter: digits alone, three or more (a part's number "1", "01" is no counter), thousands parted or not. */
const COUNTER = /^\d{1,3}(?:[,，]\d{3})+$|^\d{3,9}$/;
/** Outlet words closed by 记者, then the rest of the credit; a slash role ("/文图") after the names. */
const OUTLET_CREDIT = /^([\u3400-\u9fff]{2,8}?)((?:首席|全媒体|融媒体|特约|见习|实习|全媒體|融媒體|特約|見習|實習)?(?:记者|記者)[\s\S]*?)(?:\s*[/／]\s*(文图|图文|文圖|圖文|文|图|圖|摄|攝))?$/;
const PUBLICATION = /(?:^|\s)(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?:来源|來源|发布时间|發佈時間)\s*[:：]/;

/** A heading of the page's markup ("<h1>2025-06-22 國際新聞</h1>", "<h2>戰爭</h2>") is a title or a section's, never such a line. */
const HEADING = /^h[1-6]$/;

function isPublicationLine(block: Block, text: string, info: BlockInfo): boolean {
  return info.markerOnly && !HEADING.test(block.tag ?? '') && text.length <= 60 && PUBLICATION.test(text);
}

function isProse(text: string, info: BlockInfo): boolean {
  return !info.title && !info.markerOnly && !info.byline && text.length >= PROSE;
}

/** "大象新闻记者 孙玥/文图" -> reporters 孙玥 (and photographers, for 图); null when the line is no such credit. */
export function parseOutletCredit(text: string): ReturnType<typeof parseRoleNames> {
  const t = text.trim();
  if (t.length > 40) return null;
  const m = OUTLET_CREDIT.exec(t);
  if (!m) return null;
  const read = parseRoleNames(m[2] ?? '');
  if (!read || !read.reporters.length) return null;
  const role = m[3] ?? '';
  if (/[图圖摄攝]/.test(role)) return { ...read, photographers: [...read.photographers, ...read.reporters.filter((n) => !read.photographers.includes(n))] };
  return read;
}

export function markOpeningCredits(blocks: readonly Block[], infos: BlockInfo[]): void {
  const end = Math.min(blocks.length, OPENING);
  let underPublication = false;
  for (let i = 0; i < end; i++) {
    const block = blocks[i] as Block;
    const text = block.text.trim();
    const info = infos[i] as BlockInfo;
    if (isProse(text, info)) return;
    if (isPublicationLine(block, text, info)) {
      underPublication = true;
      continue;
    }
    if (!underPublication || HEADING.test(block.tag ?? '') || info.byline || info.dateline || info.from) continue;
    if (COUNTER.test(text)) {
      infos[i] = asFurniture(info);
      continue;
    }
    const credit = parseOutletCredit(text);
    if (credit) {
      infos[i] = { ...info, title: false, byline: credit };
      continue;
    }
    const next = blocks[i + 1]?.text ?? '';
    const nextInfo = infos[i + 1];
    if (looksLikeHanName(text) && nextInfo && isProse(next, nextInfo)) {
      infos[i] = { ...info, title: false, byline: { ...emptyByline(), authors: [text] } };
    }
  }
}
