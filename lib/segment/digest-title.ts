// A page headline that names a digest: "Yahoo早報", "新闻早班车", "每日简讯", "體壇快訊", "一周要闻". Such a page is
// a column of items, each heading over its text an item of its own, not a story's subheads.
import { DIGEST_NAME } from './time-items';

/** More words than a digest's name and a date: a story's headline that mentions a digest ("…早报记者…"). */
const MAX_NAME = 16;

export function namesDigest(headline: string): boolean {
  const t = headline.replace(/[\s\d年月日.\-/|｜:：()（）]+/g, '');
  return t.length <= MAX_NAME && DIGEST_NAME.test(t);
}
