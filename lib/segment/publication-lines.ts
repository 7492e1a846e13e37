// A publication line under a headline: the paper's or site's name beside the full date and clock, maybe a font-size
// tool ("晨光报 2018-02-13 18:12 大字"), or the site's web address in place of its name with the source after the stamp
// ("http://news.example.com.cn 2005年07月26日 13:30 某部网站", issue 12 round 66). It dates the story (article.ts
// reads its date) and is never a headline. The writers' bare names on a line of their own between the headline and
// such a line, or a date/source line ("王 明 李曉華" over "2024年03月02日09:15 來源:某報", People's Daily's
// layout, issue 12 round 66), are the story's byline, never its headline. One pass over the lines.
import type { Block } from '../types';
import { isMetaLine, type BlockInfo } from './classify';
import { emptyByline, hanNameList } from './byline';
import { asFurniture } from './line-marks';

const STAMP = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?/u;
const MAX_LINE = 40;
/** What may stand beside the stamp: a name and a tool word, a few words at most. */
const MAX_REST = 12;

/** A site's web address standing for its name: counted as neither the line's length nor its words. */
const ADDRESS = /(?:https?:\/\/|www\.)[\w.-]+\.[a-z]{2,}(?:\/\S*)?/giu;

export function isPublicationLine(text: string): boolean {
  const t = text.trim().replace(ADDRESS, ' ').trim();
  if (t.length > MAX_LINE || /[。！？,，;；]/u.test(t)) return false;
  const m = STAMP.exec(t);
  if (!m) return false;
  const rest = (t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length)).replace(/\s+/g, '');
  return rest.length <= MAX_REST;
}

export function markPublicationLines(blocks: Block[], infos: BlockInfo[]): void {
  blocks.forEach((b, i) => {
    const info = infos[i];
    if (info?.title && isPublicationLine(b.text)) infos[i] = asFurniture(info);
  });
  for (let i = 1; i + 1 < blocks.length; i++) {
    const info = infos[i];
    if (!info || info.byline || !infos[i - 1]?.title) continue;
    const under = blocks[i + 1]?.text ?? '';
    if (!isMetaLine(under) && !isPublicationLine(under)) continue;
    const names = parseNamesLine(blocks[i]?.text ?? '');
    if (names) infos[i] = { ...info, title: false, byline: { ...emptyByline(), authors: names } };
  }
}

/**
 * A line of the writers' bare names, one to four Han names parted by spaces, short names padded ("王 明 李曉華"):
 * People's Daily sets it between the headline and the date/source line, with no role word (issue 12 round 66). The
 * caller checks where it stands; here only that every word is a name, a common surname opening it. Null where any word is none.
 */
const LONE_PAIR = /(^|\s)([\u3400-\u9fff])[ \u00a0\u3000]{1,4}([\u3400-\u9fff])(?=$|\s)/gu;

function parseNamesLine(line: string): string[] | null {
  // (On a line of names alone every padded pair is a name: 文 there is a name's, no credit's "文/图".)
  const t = line.trim().replace(LONE_PAIR, '$1$2$3');
  if (t.length > 24 || !/^[\u3400-\u9fff·\s]+$/u.test(t)) return null;
  // (Each a name by its surname: a column's word, "字数", "副标题", is none.)
  const names = hanNameList(t);
  return names && names.length <= 4 ? names : null;
}
