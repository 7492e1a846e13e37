// A box of links to other stories under its label, after the page's story ("新闻推荐", "相关新闻", "猜你喜欢"): the
// label and what follows it (other stories' headlines and teasers cut with "...") point elsewhere and are no
// stories of this page. Read only after a story's text, so a page that is all a list of teasers keeps its items.
// A "延伸閱讀" box (issue 12 round 57: a 華視 page's twelve headlines, each run onto its date) is set inside a story's
// text as often as after it: it holds the lines under its label up to the next paragraph of prose, where the story
// goes on. A back-to-top control ("Top", "返回顶部") after the story's text, with only short lines (a numbered list of
// other headlines) between it and such a label ("小编推荐", issue 12 round 64: a spam host's page), opens the box: the
// list under it points elsewhere too. The page is read once (a scan from a back-to-top line resumes where it stops).
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const LINK_BOX = /^(?:新闻推荐|新聞推薦|相关新闻|相關新聞|相关阅读|相關閱讀|推荐阅读|推薦閱讀|热门新闻|熱門新聞|猜你喜欢|猜你喜歡|小编推荐|小編推薦)\s*[:：>»]?$/u;
/** A paragraph of the story above the box: long and closing a sentence. */
const MIN_TEXT = 60;
/** A box of further reading, which the story's text may go on under. */
const READ_FURTHER = /^(?:延伸閱讀|延伸阅读)\s*[:：>»]?$/u;

/** A back-to-top control left as a line of its own. */
const BACK_TO_TOP = /^(?:top|返回顶部|返回頂部|回到顶部|回到頂部)$/iu;

const isText = (t: string) => t.length >= MIN_TEXT && /[。！？)）]$/u.test(t);

function asFurniture(infos: BlockInfo[], k: number): void {
  const info = infos[k];
  if (info) infos[k] = { ...info, markerOnly: true, title: false, dateline: null, byline: null, opening: null, openingByline: false, credit: null };
}

export function markLinkBoxes(blocks: Block[], infos: BlockInfo[]): void {
  let text = false;
  for (let i = 0; i < blocks.length; i++) {
    const t = (blocks[i] as Block).text.trim();
    if (!text) {
      if (isText(t)) text = true;
      continue;
    }
    if (READ_FURTHER.test(t)) {
      asFurniture(infos, i);
      while (i + 1 < blocks.length && !isText((blocks[i + 1] as Block).text.trim())) asFurniture(infos, ++i);
      continue;
    }
    if (BACK_TO_TOP.test(t)) {
      asFurniture(infos, i);
      let j = i + 1;
      while (j < blocks.length) {
        const u = (blocks[j] as Block).text.trim();
        if (isText(u) || READ_FURTHER.test(u) || LINK_BOX.test(u)) break;
        j++;
      }
      if (j < blocks.length && LINK_BOX.test((blocks[j] as Block).text.trim())) {
        for (let k = i + 1; k < blocks.length; k++) asFurniture(infos, k);
        return;
      }
      i = j - 1;
      continue;
    }
    if (!LINK_BOX.test(t)) continue;
    for (let k = i; k < blocks.length; k++) asFurniture(infos, k);
    return;
  }
}
