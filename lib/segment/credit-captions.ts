// A picture's caption printed as a short line of text closed by its photographer's credit in brackets, name and the
// word for picture parted by a slash ("李慧玲、韩咏红(农健/图)", "會場一角（陳大文／圖）"): the caption of the story's
// picture, kept with the story as a figcaption is (article.ts), never a headline over the text below it. A caption
// names what it shows without a sentence of its own: no stop inside it. Taiwan's sites close a caption by where the
// picture came from instead, the word for picture first ("蔣經國時代的宋楚瑜。(圖/翻攝自YouTube)", "（圖／公視提供）"):
// one phrase or sentence, its stop right before the bracket; read as a line of prose, it ran on into the paragraph
// under it. Nor a caption of a sentence or two closed by an outlet's reporter credit ("…冷清了很多。 (南方周末记者
// 张涛/图)"), which ran on into the paragraph under it too. A students' paper closes its caption's sentence by the
// photographer's credit with no bracket at all ("…分享從業30年的經驗。攝影/張佳倪", issue 12 round 57): the word for
// photography, a slash and a name ending the line. A caption closed by who gave the picture, a name and 提供 in
// brackets ("蘋果日報。(讀者提供)", "某某認為…的媒體。(某某提供)", issue 12 round 65), ran on into the paragraph under
// it as well: one phrase or sentence, no source's label or colon in the bracket. Mainland sites close it by the
// label for a supplied picture and its giver ("两地记者在口岸前合影。(供图:某某台办)", "（图片来源：某某）", issue 12
// round 66), which ran on into the paragraph under it too. One pattern on each short line.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const MAX_CAPTION = 60;
/** The caption's words, then "(name/图)": two to five Han characters for the name, 图/圖/摄/攝 for the picture. */
const CREDITED = /^[^。！？!?；;]{2,50}[(（]\s*[\u3400-\u9fff·]{2,5}\s*[/／]\s*[图圖摄攝]\s*[)）]$/u;

/** The caption's phrase or one sentence, then "(圖/source)": the picture's source after the word for picture. */
const SOURCED = /^[^。！？!?；;]{2,50}[。！？!?]?\s*[(（]\s*[图圖]\s*[/／╱]\s*[^()（）]{1,24}[)）]$/u;

/** A caption of one or two sentences closed by its stop, then the photographer's credit in brackets with the outlet
 * and role word before the name ("…如今冷清了很多。 (南方周末记者 张涛/图)"): a paragraph of the text closes on
 * its own words, never on a picture's credit. The name does not close on 文 ("记者 张涛文/图" credits text too). */
const ROLE_CREDITED =
  /^[^；;]{2,80}?[。！？!?]\s*[(（]\s*[\u3400-\u9fff]{0,8}(?:记者|記者|摄影|攝影)\s*[\u3400-\u9fff·]{1,4}[\u3400-\u9fff·](?<!文)\s*[/／]\s*[图圖摄攝]\s*[)）]$/u;
const MAX_SENTENCED = 100;
/** The caption's phrase or one sentence, then "(name提供)": who gave the picture, in brackets closing the line. */
const PROVIDED = /^[^。！？!?；;]{2,60}[。！？!?]?\s*[(（]\s*[^()（）。:：\s]{1,12}提供\s*[)）]$/u;
/** The caption's phrase or one sentence, then "(供图:giver)": the label for a supplied picture, a colon, who gave it. */
const SUPPLIED = /^[^。！？!?；;]{2,60}[。！？!?]?\s*[(（]\s*(?:供[图圖]|[图圖]片(?:[来來]源|提供))\s*[:：]\s*[^()（）。：:]{1,16}[)）]$/u;
/** The caption's one sentence closed by its stop, then "攝影/name" unbracketed, closing the line. */
const PHOTOGRAPHED = /^[^。！？!?；;]{2,70}[。！？!?]\s*(?:攝影|摄影)\s*[/／╱]\s*[\u3400-\u9fff·]{2,4}$/u;
/** Such a caption, its sentence a little longer than a bracketed one's. */
const MAX_PHOTOGRAPHED = 80;

export function markCreditCaptions(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const text = (blocks[i]?.text ?? '').trim();
    const credited = text.length <= MAX_CAPTION && (CREDITED.test(text) || SOURCED.test(text) || PROVIDED.test(text) || SUPPLIED.test(text));
    const photographed = text.length <= MAX_PHOTOGRAPHED && PHOTOGRAPHED.test(text);
    const sentenced = text.length <= MAX_SENTENCED && ROLE_CREDITED.test(text) && sentences(text) <= 2;
    if (!credited && !photographed && !sentenced) continue;
    const info = infos[i] as BlockInfo;
    if (info.dateline || info.byline || info.from) continue;
    infos[i] = { ...info, title: false, caption: true };
  }
}

/** The stops in a text: its sentences, near enough. */
function sentences(text: string): number {
  let n = 0;
  for (const c of text) if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?') n++;
  return n;
}
