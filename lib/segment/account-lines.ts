// Self-media and public-account lines read before a page's story is looked for (WeChat articles and their mirrors,
// 网易号/澎湃号/百家号 posts, reposts of them):
// - a reading-time line ("共 9926字,需浏览 20分钟", "全文约8000字,读完约需16分钟", reading-time.ts): a counter, no headline;
//   the line over it, opening the page, is the post's headline even when it closes on stops ("…收下我的膝盖。。。");
// - a lone separator dot between meta lines (" · "): furniture;
// - the account's (or author's and account's) line set between the headline and a bare date line
//   ("刘焕勇 老刘说NLP" / "2024-10-08", "三河市人民政府網站" / "2024-03-14 05:24"): a short line of names with no
//   sentence in it, far shorter than the headline right above it, is the post's credit, not a headline of its own;
// - the account's line right under the headline opening the page, named by the kind of account it is ("新京報社官方帳號",
//   "… 公众号"): the post's credit, not a headline of its own, whatever follows it.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { isReadingTimeLine } from './reading-time';
import { asFurniture } from './line-marks';

/** A bare date, with a time or not: the posting date under a post's credit. */
const BARE_DATE = /^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u;
/** A line of names: no sentence stop, comma, colon, quote or title mark. */
const NAMES = /^[^。，,:：！!？?；;“”"《》【】()（）|｜]+$/u;
const MAX_CREDIT = 16;
/** A separator alone on its line. */
const SEPARATOR = /^\s*[·•・|｜]\s*$/u;
const MAX_HEADLINE = 40;
/** A line of names closed by the kind of account it is: an official account, a public account, a platform's 号. */
const ACCOUNT_KIND = /(?:官方(?:[帐帳账][号號户戶]|微[博信])|公[众眾][号號]|[头頭]条[号號]|百家[号號]|企[鹅鵝][号號]|[网網]易[号號]|澎湃[号號]|搜狐[号號]|大[鱼魚][号號])$/u;
const MAX_ACCOUNT = 20;
/** The credit is at most this share of the headline above it. */
const CREDIT_SHARE = 0.5;

export function markAccountLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  // The page's first line that is no furniture (lines only ever become furniture here, so the pointer only moves on).
  let first = 0;
  /** Whether the nearest line above `i` that is no furniture is headline-like and the page's first such line. */
  const underOpeningHeadline = (i: number): boolean => {
    while (first < i && infos[first]?.markerOnly) first++;
    let k = i - 1;
    while (k >= 0 && infos[k]?.markerOnly) k--;
    return k >= 0 && k === first && !!infos[k]?.title;
  };
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    const text = (blocks[i]?.text ?? '').trim();
    if (info.byline || info.dateline || info.from) continue;
    if (SEPARATOR.test(text)) {
      infos[i] = asFurniture(info);
      continue;
    }
    if (isReadingTimeLine(text)) {
      infos[i] = asFurniture(info);
      let k = i - 1;
      while (k >= 0 && infos[k]?.markerOnly) k--;
      const head = infos[k];
      const opening = k >= 0 && infos.slice(0, k).every((o) => o.markerOnly);
      if (head && opening && !head.title && !head.byline && !head.dateline && (blocks[k]?.text ?? '').trim().length <= MAX_HEADLINE) infos[k] = { ...head, title: true, markerOnly: false };
      continue;
    }
    if (info.title && text.length <= MAX_ACCOUNT && NAMES.test(text) && ACCOUNT_KIND.test(text) && underOpeningHeadline(i)) {
      infos[i] = asFurniture(info);
      continue;
    }
    if (!info.title || text.length > MAX_CREDIT || !NAMES.test(text)) continue;
    if (!BARE_DATE.test(blocks[i + 1]?.text ?? '')) continue;
    let k = i - 1;
    while (k >= 0 && infos[k]?.markerOnly) k--;
    const above = (blocks[k]?.text ?? '').trim();
    if (k < 0 || !infos[k]?.title || text.length > above.length * CREDIT_SHARE) continue;
    infos[i] = asFurniture(info);
  }
}
