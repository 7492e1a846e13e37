// A picture of a publication captioned by its title in 《》 and the part of it shown ("《南洋商报》创刊号", "《星报》头版",
// "《笑傲报林》封面"), alone on its line between two paragraphs of prose (issue 12 round 61): a feature on a paper's or a
// book's history shows its first issue, its front page or its cover and names it so, in a noun phrase with no verb.
// The line reads as a headline by its look (short, unstopped) and split the story under it off as a story of its own,
// headed by its picture. It is the picture's caption, kept with the story as a figcaption is (article.ts). One look
// at each block and its two neighbours: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { isProse } from './page-headline';

/** A title in 《》 (with at most a few words before it) and the part of the publication the picture shows. */
const PUBLICATION = /^[^\s《》]{0,8}《[^《》]{1,20}》\s*(?:创刊号|創刊號|封面|书影|書影|头版|頭版|版面|报头|報頭|刊头|刊頭|首页|首頁|内页|內頁)[。.]?$/u;

export function markPublicationCaptions(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let k = 1; k + 1 < blocks.length; k++) {
    const info = infos[k]!;
    if (info.caption || info.byline || info.dateline || !PUBLICATION.test(blocks[k]!.text.trim())) continue;
    if (!isProse(blocks[k - 1]!, infos[k - 1]!) || !isProse(blocks[k + 1]!, infos[k + 1]!)) continue;
    infos[k] = { ...info, title: false, caption: true };
  }
}
