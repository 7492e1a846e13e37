// What a page's layout leaves at the end of a headline line, not the headline's words: the posting time a news
// list prints after it in brackets ("明報聲明 (07:35)"), a reaction or comment counter left after a space
// ("…「不能輸給民間媒體」 7") or in brackets ("… (1293)"), a site's name after a bar ("…的敵對｜Yahoo"), a writer's name after a backslash
// and a writer's credit run onto the line after a space ("第一次見面 文/王小明"), and a site's section label in
// lenticular brackets glued on after a dash ("…侧记丨用心用情用功-【新闻】"), and a paper's name glued on after a comma as a
// copying host's search keyword ("…的祝福与期盼,西藏日报").
import { slice, trim, type Mapped } from './mapped';

/** A clock time in brackets closing the line: the time the item was posted. */
const POSTED_TIME = /\s*[(（]\s*\d{1,2}[:：]\d{2}\s*[)）]\s*$/;

/**
 * A number of three to six digits in brackets after a space, closing the line: a blog's view or comment counter
 * ("我的《明報》故事 (1293)"). A series' part number in brackets has one or two digits ("（2）"); a year in brackets
 * (19xx, 20xx) may be the headline's own word and is kept.
 */
const BRACKET_COUNTER = /(?<=[\u3400-\u9fff」』》）)"”])\s+[(（](?!(?:19|20)\d\d[)）])\d{3,6}[)）]\s*$/;

/**
 * A bare number of one to three digits (not a year) after a space, closing a line whose last word is Chinese (or a closing
 * quote or bracket): a counter's residue. Chinese writes its numbers with a unit or a measure word ("3人",
 * "第2季"), so a lone number after a space is no word of the headline.
 */
const COUNTER = /(?<=[\u3400-\u9fff」』》）)"”])\s+\d{1,3}\s*$/;

/**
 * A bar and a site's name closing a Chinese headline, as a page's title prints it: a name in Latin letters
 * ("｜Yahoo", "| Newtalk"), or a short Chinese name ending as outlets' names end ("｜聯合新聞網", "| 星島日報"); the bar may be set as
 * a vertical dash (︱) or the stroke 丨, as Chinese pages set bars.
 */
const SITE_TAIL = /(?<=[\u3400-\u9fff」』》）)"”])\s*[|｜︱丨]\s*(?:[A-Za-z][A-Za-z0-9 .&-]{1,19}|[\u3400-\u9fffA-Za-z0-9]{1,6}(?:網|网|報|报|新聞|新闻|社|電視|电视|電台|电台))\s*$/;

/**
 * A backslash and the writer's name closing a Chinese headline, as a paper titles its columns
 * ("負暄集/第一次相遇\\趙 陽"): a name of two to four characters, spaced or not, is the byline, no word of the headline.
 */
const WRITER_TAIL = /(?<=[\u3400-\u9fff」』》）)"”])\s*[\\＼]\s*[\u3400-\u9fff](?:\s?[\u3400-\u9fff]){1,3}\s*$/;
/**
 * A writer's credit run onto the headline line after a space, as a copy that lost the line break between them prints
 * it ("第一次見面 文/王小明", issue 12 round 41): 文 (or 撰文, 作者) and a slash over a name of two to four characters
 * is the byline, no word of the headline. The space must part them: a headline may itself hold a slash.
 */
const CREDIT_TAIL = /(?<=[\u3400-\u9fff」』》）)"”])\s+(?:文|撰文|作者)\s*[/／]\s*[\u3400-\u9fff](?:\s?[\u3400-\u9fff]){1,3}\s*$/;
/**
 * A dash (or underscore) and a short label in lenticular brackets closing a Chinese headline, as a copying site's title
 * template glues its section on ("…用心用情用功-【新闻】", issue 12 round 43): the label names the site's section, no
 * word of the headline. The dash must part them: a headline may itself close on a bracketed word ("…【组图】").
 */
const SECTION_TAIL = /(?<=[\u3400-\u9fff」』》）)"”])\s*[-－_＿]\s*【[\u3400-\u9fff]{1,6}】\s*$/;
/**
 * A comma and a paper's name closing a Chinese headline, as a spam host glues a search keyword onto every title it
 * copies ("记者手记:…的祝福与期盼,西藏日报", issue 12 round 64): a place or name of two to four characters and a daily's
 * or evening paper's word (日报, 晚报, 时报) alone after the comma names no part of the story. A clause after the comma
 * holding more than the name ("…,我们是人民日报") is the headline's own words and is kept.
 */
const KEYWORD_TAIL = /(?<=[\u3400-\u9fff」』》）)"”])\s*[,，]\s*[\u3400-\u9fff]{2,4}(?:日报|日報|晚报|晚報|时报|時報)\s*$/;
/** Whether the line ends with a bar and a site's name: the page's own title line, which names its story. */
export function hasSiteTail(text: string): boolean {
  const t = SITE_TAIL.exec(text);
  return !!t && t.index >= 4;
}

/** The headline without its layout tail; the line unchanged when nothing is left but the tail. */
export function withoutTail(m: Mapped): Mapped {
  let out = m;
  for (const tail of [POSTED_TIME, BRACKET_COUNTER, COUNTER, SITE_TAIL, WRITER_TAIL, CREDIT_TAIL, SECTION_TAIL, KEYWORD_TAIL]) {
    const t = tail.exec(out.text);
    if (!t || t.index < (tail === KEYWORD_TAIL ? 8 : 4)) continue;
    out = trim(slice(out, 0, t.index));
  }
  return out;
}
