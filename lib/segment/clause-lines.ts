// A text set one clause a line, as WeChat posts and pasted copies break it: "话说改革开放后," / "1979年10月24日," /
// "根据时任…彭真同志" / "提出的…指示,". Where most of a page's lines are short and many of them stop on a clause mark
// (a comma, a pause, a semicolon: the sentence goes on on the next line), a short line with no mark at all is a
// piece of a sentence too, not a headline of a story of its own: every headline-like line below the first line of
// text is the story's text (lineOfText, as live-pages.ts marks a video's subtitles). The headline above the text is
// left as it is. One pass over the page to count, one to mark.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A clause line is this short at most; a page set so has this many lines stopped on a clause mark at least. */
const MAX_LINE = 30;
const MIN_CLAUSE_LINES = 8;
/** Of the page's lines, the short ones make this share at least, and the clause-stopped ones this share of those. */
const SHORT_SHARE = 0.8;
const CLAUSE_SHARE = 0.3;
const CLAUSE_END = /[,，、;；:：]$/;

export function markClauseLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  let lines = 0;
  let short = 0;
  let clauses = 0;
  for (const b of blocks) {
    const t = b.text.trim();
    if (!t) continue;
    lines++;
    if (t.length > MAX_LINE) continue;
    short++;
    if (CLAUSE_END.test(t)) clauses++;
  }
  if (clauses < MIN_CLAUSE_LINES || short < lines * SHORT_SHARE || clauses < short * CLAUSE_SHARE) return;
  let text = false;
  blocks.forEach((b, i) => {
    const info = infos[i] as BlockInfo;
    if (!text) {
      // The first line of text: a line stopped on a mark that is no headline's, below a line.
      text = i > 0 && !info.title && !info.markerOnly && !info.byline && /[,，、;；:：。！？!?]$/.test(b.text.trim());
      return;
    }
    if (info.title && !info.byline && b.text.trim().length <= MAX_LINE) infos[i] = { ...info, title: false, lineOfText: true };
  });
}
