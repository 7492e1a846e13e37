// A publication line under a headline: the paper's or site's name beside the full date and clock, maybe a font-size
// tool ("拂晓报 2018-02-13 18:12 大字"), or the site's web address in place of its name with the source after the stamp
// ("http://finance.sina.com.cn 2005年07月26日 13:30 商务部网站", issue 12 round 66). It dates the story (article.ts
// reads its date) and is never a headline.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
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
}
