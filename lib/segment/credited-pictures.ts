// A page of one headline whose other items are its pictures and its text: a report with photos, each captioned and
// credited to the same photographer ("外国媒体记者正在现场连线。(中评社 林艶摄)"), set after (or between) its
// paragraphs. Read story by story, every captioned picture is a headless photo item and the text under no headline
// another item; but a page of several stories gives them headlines of their own, or datelines, or several
// photographers. Where one item alone has a headline, every other item is headless with no dateline, and the
// pictures name one photographer and the same one, the page holds one story: the headline's.
import type { SegmentedArticle } from '../types';

/** Captioned pictures this many or more: a gallery, not a stray teaser. */
const MIN_PICTURES = 2;

export function isOneStoryOfPictures(articles: readonly SegmentedArticle[]): boolean {
  if (articles.length < 2) return false;
  const headed = articles.filter((a) => a.headline.trim() !== '');
  if (headed.length !== 1 || articles[0] !== headed[0]) return false;
  const rest = articles.slice(1);
  if (rest.some((a) => a.dateline || a.subheadline)) return false;
  const pictures = articles.filter((a) => a.photo);
  if (pictures.length < MIN_PICTURES) return false;
  const names = new Set<string>();
  for (const a of pictures) {
    const who = a.byline?.photographers ?? [];
    if (!who.length) return false;
    names.add([...who].sort().join('、'));
  }
  if (names.size !== 1) return false;
  // The items that are no pictures are text under no byline of their own (the story's paragraphs).
  return rest.every((a) => a.photo || !a.byline || (!a.byline.reporters.length && !a.byline.authors.length && !a.byline.correspondents.length));
}
