// Lines that say who wrote or first ran the story, in the forms portals and mirrors print them above the text: a
// reporter's line led by the outlet's name in book-title marks ("《等深線》記者 周遠征 北京報導": the outlet, the role
// and name, where it was filed), and the repost notice a WeChat mirror sets under the headline ("The following
// article is from 新京报 Author 新京报记者", "以下文章来源于…，作者…"). The first is the story's byline, the
// second a meta line; neither heads a story.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { parseBylineLine } from './byline';
import { asByline, asFurniture } from './line-marks';

/** The outlet in book-title marks opening the line, then the rest. */
const OUTLET_LED = /^\s*[《〈]([^》〉]{1,12})[》〉]\s*(\S.{1,40})$/u;
/** Where the report was filed, closing the line: " 北京報導", " 北京报道". */
const FILED_AT = /\s+[\u3400-\u9fff]{2,6}(?:报道|报导|報導|報道)\s*$/u;
/** A mirror's notice of the account the article was reposted from. */
const REPOST_NOTICE = /^\s*(?:The following article is from\s+\S.{0,40}?(?:\s+Author\s+\S.{0,30})?|以下文章来源于\s*\S.{0,30}?(?:\s*[,，]\s*作者\s*\S.{0,30})?)\s*$/iu;

/** The byline of an outlet-led reporter's line, or null. */
export function outletByline(text: string): ReturnType<typeof parseBylineLine> {
  const m = OUTLET_LED.exec(text);
  if (!m) return null;
  const rest = (m[2] ?? '').replace(FILED_AT, '').trim();
  const b = parseBylineLine(rest);
  return b && b.reporters.length + b.authors.length + b.correspondents.length + b.interns.length > 0 ? b : null;
}

export function isRepostNotice(text: string): boolean {
  return text.length <= 90 && REPOST_NOTICE.test(text);
}

export function markAttributionLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (info.byline || info.dateline || info.from) continue;
    const text = blocks[i]?.text ?? '';
    if (text.length > 60 && !text.startsWith('The following') && !text.startsWith('以下文章')) continue;
    if (isRepostNotice(text)) {
      infos[i] = asFurniture(info);
      continue;
    }
    const byline = outletByline(text);
    if (byline) infos[i] = asByline(info, byline);
  }
}
