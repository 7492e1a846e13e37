// A paragraph closed by a link arrow ("……详情>>", "更多>>", "全文»"): the arrow is a link to read on elsewhere, and
// no sentence breaks at one, so the paragraph is done. A round-up that closes each item with "详情>>" keeps the
// next item's head ("【…】") and text as a part of their own, not a banner dropped mid-sentence (repair.ts).
const ARROWS = ['>>', '＞＞', '»'];

/** Whether the text ends with a link arrow. Reads only the text's end. */
export function endsWithLinkArrow(text: string): boolean {
  const t = text.trimEnd();
  return ARROWS.some((a) => t.endsWith(a));
}
