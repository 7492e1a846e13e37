// A heading that names a column of several items rather than one story: a briefs column ("World Briefs", "News in
// Brief", 简讯), a digest (早報, 新闻早班车, 速覽) or a gallery of the day's or week's pictures ("… in pictures",
// "Photos of the day", 照片一周精選). A page headed by such a name is a column, not an article page, whatever its
// <title> repeats.
import { BRIEFS_HEAD } from '../segment/facts';
import { DIGEST_NAME } from '../segment/time-items';
import { cjkCount } from '../segment/sentence';

/**
 * A gallery's name: the day's or week's pictures, a selection of photos. (Not a photo set, 组图 or "X in pictures":
 * that is one story's pictures.)
 */
const GALLERY_NAME =
  /\b(?:(?:day|week|year|month)(?:'s)? in pictures|(?:photos|pictures|images) of the (?:day|week|year)|top (?:photos|pictures))\b|(?:照片|图片|圖片)[^，,。]{0,4}精[选選]|一[周週]精[选選]/i;

/** An agency's round-up headline: one story. */
const ROUNDUP_STORY = /^\s*(?:news )?round-?up\s*[:：]/i;

/** A column's name is short: a story's headline that mentions a briefing or a photo is a sentence. */
const MAX_WORDS = 8;
const MAX_CJK = 20;

export function namesColumn(heading: string): boolean {
  const t = heading.trim();
  if (!t) return false;
  const words = t.split(/\s+/).length;
  const cjk = cjkCount(t);
  if (words > MAX_WORDS || cjk > MAX_CJK) return false;
  // ("Roundup: …" heads one agency story that gathers several reports.)
  if (ROUNDUP_STORY.test(t)) return false;
  return BRIEFS_HEAD.test(t) || DIGEST_NAME.test(t) || GALLERY_NAME.test(t);
}
