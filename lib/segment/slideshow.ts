// Two shapes of a week-in-review page: a slideshow of the week's pictures printed above its items, each caption
// closed by its picture's credit ("…撤離家園。 圖╱法新社"), and items whose headline line opens with their date
// ("1/12  菲律賓 日相安倍到訪 金援1兆日圓").
import type { Block } from '../types';
import type { BlockInfo } from './classify';
/** (Made once: a literal made of a property escape alone is rebuilt on every call in the bundles.) */
const LETTER = /\p{L}/u;

/** A caption closed by its picture's credit after its last sentence: "。圖/路透", "。 圖╱法新社", "。图/资料照片". */
const PICTURE_CREDIT = /[。！？!?」』”)）]\s*[圖图]\s*[/／╱]\s*[^\s/／╱。，,]{1,8}\s*$/;
/** Captions a slideshow shows at least. */
const MIN_SLIDES = 2;

export function endsInPictureCredit(text: string): boolean {
  return PICTURE_CREDIT.test(text);
}

/**
 * The lead above a page's first headlined story is its slideshow when its text is two captions or more, each closed
 * by its picture's credit, and nothing else (title, date and counter lines aside): the pictures of the items below,
 * no story of its own.
 */
export function isLeadSlideshow(run: number[], blocks: Block[], infos: BlockInfo[]): boolean {
  let slides = 0;
  for (const k of run) {
    const info = infos[k];
    if (!info || info.title || info.markerOnly || !LETTER.test(blocks[k]?.text ?? '')) continue;
    if (!endsInPictureCredit(blocks[k]?.text ?? '')) return false;
    slides++;
  }
  return slides >= MIN_SLIDES;
}

/** A headline line opened by a date, "1/12  菲律賓 …", "1月12日 …", set apart from the words by a space. */
const DATE_LEAD = /^\s*(?:\d{1,2}\/\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日)\s+(?=\S)/;

export function opensWithDate(text: string): boolean {
  return DATE_LEAD.test(text);
}
