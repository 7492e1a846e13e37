// A feature's pictures printed between its headline and its text, as a stored page keeps them: each a caption of a
// sentence closed by its photographer's credit, on the caption's line ("…赠送水晶报。李庚伟摄") or on a line of its own
// under it ("本报记者 杨姣摄"). Two such captions or more in a row, under the page's first headline and its byline,
// with no paragraph of text above them and the story's text right below, are that story's pictures: captions kept
// with it as figcaptions are (article.ts), not a gallery of credited items each a story of its own (starts.ts reads
// a block closed by a credit as ending an item). A gallery's captions each sit under a headline of their own, and a
// title line inside the run undoes the reading. One pass from the headline to the first paragraph.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A caption is a sentence or two; the story's text under the pictures is a paragraph at least this long. */
const MAX_CAPTION = 100;
const MIN_TEXT = 30;
const MIN_PICTURES = 2;

export function markLeadPictures(blocks: readonly Block[], infos: BlockInfo[]): void {
  const n = blocks.length;
  const text = (k: number) => blocks[k]?.text.trim() ?? '';
  const creditLine = (k: number) => !!infos[k]?.byline?.photographers.length && infos[k]?.credit?.start === 0;
  let i = 0;
  while (i < n && !infos[i]?.title) i++;
  const run: number[] = [];
  let pictures = 0;
  for (i++; i < n; i++) {
    const info = infos[i] as BlockInfo;
    const t = text(i);
    if (creditLine(i)) return; // a credit with no caption over it
    if (info.title) {
      if (pictures) return; // a headline among the pictures: a gallery's items
      continue;
    }
    if (info.caption || info.markerOnly || info.byline || info.pageLabel || !t) continue;
    if (t.length <= MAX_CAPTION && i + 1 < n && creditLine(i + 1) && !info.credit) {
      run.push(i, i + 1);
      pictures++;
      i++;
      continue;
    }
    if (t.length <= MAX_CAPTION && info.credit && info.credit.start > 0) {
      run.push(i);
      pictures++;
      continue;
    }
    // The first paragraph: the story's text under its pictures, or text above any picture (no lead pictures).
    if (pictures >= MIN_PICTURES && t.length >= MIN_TEXT && !info.credit && !info.dateline) {
      for (const k of run) infos[k] = { ...(infos[k] as BlockInfo), title: false, byline: null, caption: true, credit: null };
    }
    return;
  }
}
