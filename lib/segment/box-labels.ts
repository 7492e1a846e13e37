// The labels of a web page's boxes of other stories, kept in a page's text: "Most Popular", "Related Stories", "Read
// Next", "More to Read", a comment form's "Leave a Reply", "Previous Story" / "Next Story", a theme's author box
// ("About Post Author") and a recommendation widget's "From the Web" (English plain-text round 12). A feed's "Next Up"
// / "Up Next" label is furniture with all under it only among the page's last few blocks, none under it closed by a full stop: on
// an endless-scroll page the next story, headline and text, follows such a label; a sports report's own "UP NEXT"
// section is sentences (English plain-text round 13). What
// follows such a label is other stories' teasers (a picture's caption, a section's name, a title, a summary), never
// stories of the page (issue 12: related-story lists and navigation never
// become articles; a story's text came back as rubrics under five teasers read as stories). The label and what it
// frames are furniture: under a box label after the story's prose, its short lines and the one-paragraph summaries
// under them, up to two paragraphs of prose in a row (the story going on under the box); under a previous or next
// story's label, its few short lines. These are the words of web layout in
// general, no site's. Each line is read once: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A box of other stories that runs to the page's end. */
const BOX_LABEL = /^(?:about (?:the |post |this )?author|(?:from|around) the web|more stories|most (?:popular|read|viewed|shared|emailed)|related (?:stories|articles|news|coverage|content|posts)|recommended(?: for you| stories| reading)?|trending(?: now| stories)?|more (?:stories|news) from|you (?:may|might) also like|read next|more to read|leave a (?:reply|comment)|popular (?:stories|now|on [\p{L}. ]+))\s*:?$/iu;
/** A feed's label over the site's next stories: a box only where it runs to the page's end in short lines. */
const FEED_LABEL = /^(?:next up|up next|coming up)\s*:?$/iu;
/** Blocks a feed's box may hold under its label (its name, its headlines run together): more is the next story. */
const MAX_FEED_BLOCKS = 3;
/** A pager's label over one other story's teaser. */
const PAGER_LABEL = /^(?:previous|next) (?:story|article|post)\s*:?$/iu;
/** Lines of a pager's teaser: a few, each short. */
const MAX_PAGER_LINES = 3;
const MAX_TEASER_LINE = 120;
/** Prose a box label must stand under: it closes the story's text. */
const MIN_PROSE = 200;

/** Whether the blocks from k to the page's end are names and headlines: none closed by a full stop. A sports
 *  report's own "UP NEXT" section ("Hosts: Play the visitors on Friday.") is sentences, kept as its text. */
function headlinesOnly(blocks: readonly Block[], k: number): boolean {
  for (let j = k; j < blocks.length; j++) if (/\.["'”’)]?$/u.test((blocks[j]?.text ?? '').trim())) return false;
  return true;
}

function furniture(infos: BlockInfo[], k: number): void {
  const info = infos[k];
  if (info) infos[k] = { ...info, title: false, markerOnly: true };
}

export function markBoxLabels(blocks: readonly Block[], infos: BlockInfo[]): void {
  let prose = 0;
  for (let k = 0; k < blocks.length; k++) {
    const text = (blocks[k]?.text ?? '').trim();
    if (text.length > 40) {
      if (!infos[k]?.title) prose += text.length;
      continue;
    }
    if (PAGER_LABEL.test(text)) {
      furniture(infos, k);
      let j = k + 1;
      while (j < blocks.length && j <= k + MAX_PAGER_LINES && (blocks[j]?.text ?? '').trim().length <= MAX_TEASER_LINE && !PAGER_LABEL.test((blocks[j]?.text ?? '').trim())) furniture(infos, j++);
      k = j - 1;
      continue;
    }
    if (prose >= MIN_PROSE && k >= blocks.length - 1 - MAX_FEED_BLOCKS && FEED_LABEL.test(text) && headlinesOnly(blocks, k + 1)) {
      for (let j = k; j < blocks.length; j++) furniture(infos, j);
      break;
    }
    if (prose >= MIN_PROSE && BOX_LABEL.test(text)) {
      // The teasers: short lines, each summary a paragraph under one; two paragraphs of prose in a row are the
      // story's text going on under the box.
      const long = (j: number) => (blocks[j]?.text ?? '').trim().length > MAX_TEASER_LINE;
      let j = k;
      while (j < blocks.length && !(long(j) && long(j + 1))) furniture(infos, j++);
      k = j - 1;
    }
  }
}
