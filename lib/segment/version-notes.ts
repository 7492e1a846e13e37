// A site's note on the page's own text, set over it as its first line: the text is a copy of a newsletter or of a
// story first run elsewhere, and the reader may sign up for it ("This article is an on-site version of our … newsletter.
// Sign up here to get the newsletter…"). The note speaks of the article, not of the news: furniture, never the
// article's first paragraph nor a story of its own. Read where a short block opens by naming the page's text ("This
// article is", "This story was first published") and speaks of a newsletter or a subscription; a story's own
// sentence about a newsletter never opens so, and a dated update line ("This article was updated on …") offers
// nothing to sign up for. One pattern a block.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** The page's text named as a version or a copy of another ("This article is an on-site version of…"). */
const SELF_NOTE = /^this (?:article|story|post|piece|page|email) (?:is (?:an?|the) [\w -]{0,30}?(?:version|copy|edition)\b|was (?:first|originally) (?:published|sent|posted|run)\b)/i;
/** A newsletter or a subscription the note offers. */
const OFFER = /\bnewsletters?\b|\bsign (?:up|in)\b|\bsubscri(?:be|bers?|ption)\b/i;
/** A note is a sentence or three, never a paragraph of reporting. */
const MAX_NOTE = 300;

export function markVersionNotes(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const t = (blocks[i] as Block).text.trim();
    if (t.length > MAX_NOTE || !SELF_NOTE.test(t) || !OFFER.test(t)) continue;
    const info = infos[i];
    if (info) infos[i] = { ...info, markerOnly: true, title: false, dateline: null, byline: null, opening: null, openingByline: false, credit: null };
  }
}
