// A copied page's footer naming its own title and address ("标题:我的报纸情缘" over "地址:http://…"), as content
// farms close the pages they copy: the footer is no text of the story, and the title it names, printed alone as a
// line of the page, is the story's headline, whatever line the page opens with (a reading-time line, a byline; issue
// 12, round 41). The title must be printed alone on the page too: a footer alone does not move the headline. Reads the
// page's last lines and one pass over the story's blocks: linear.
import type { Block } from '../types';
import type { Plan } from './boundaries';

/** The footer's title line: the label 标题 (標題), a colon, the title. */
const TITLE_LINE = /^\s*(?:标题|標題)\s*[:：]\s*(\S.{1,59}?)\s*$/u;
/** The footer's address line under it: an address label, a colon, a web address. */
const ADDRESS_LINE = /^\s*(?:本文地址|原文地址|文章地址|地址|网址|網址|链接|鏈接|URL)\s*[:：]\s*https?:\/\/\S+\s*$/iu;
/** How near the page's end the footer stands (its lines among the last ones). */
const FOOTER_REACH = 3;

/** The footer's title and the block it stands in, when the page's last lines are a title line over an address line. */
export function footerTitle(blocks: Block[]): { title: string; at: number } | null {
  for (let i = Math.max(0, blocks.length - FOOTER_REACH); i + 1 < blocks.length; i++) {
    const t = TITLE_LINE.exec(blocks[i]?.text ?? '');
    if (t && ADDRESS_LINE.test(blocks[i + 1]?.text ?? '')) return { title: t[1]!, at: i };
  }
  return null;
}

/** A one-story page closed by its title footer: the title printed alone heads the story; the footer is furniture. */
export function withFooterTitle(p: Plan, blocks: Block[]): Plan {
  const only = p.articles.length === 1 ? p.articles[0] : undefined;
  if (!only) return p;
  const footer = footerTitle(blocks);
  if (!footer) return p;
  const footerBlocks = [footer.at, footer.at + 1];
  const isTitle = (k: number) => k < footer.at && (blocks[k]?.text ?? '').trim() === footer.title;
  if (only.headline >= 0 && isTitle(only.headline)) {
    return { ...p, articles: [{ ...only, body: only.body.filter((k) => !footerBlocks.includes(k)) }], rubricBlocks: [...p.rubricBlocks, ...footerBlocks].sort((a, b) => a - b) };
  }
  let printed = -1;
  for (let k = 0; k < footer.at && printed < 0; k++) if (isTitle(k)) printed = k;
  if (printed < 0) return p;
  const body = only.body.filter((k) => !footerBlocks.includes(k) && !isTitle(k));
  const dropped = only.head.filter((k) => k !== printed);
  const { runIn: _runIn, ...rest } = only;
  const article = { ...rest, head: [printed], headline: printed, body };
  return { ...p, articles: [article], rubricBlocks: [...p.rubricBlocks, ...dropped, ...footerBlocks].sort((a, b) => a - b) };
}
