// A web story's inline link to another story, set inside its text as a label line closed by a colon ("Read more:",
// "Related:", "See also:", "READ MORE:") over the linked story's headline on a line of its own, the story's text
// going on under it. The label announces a link, never a section: the headline under it is another page's, so it
// heads nothing here, and the text under it is still the story above's. Read only between two paragraphs of prose
// (a stop, some length), with one to three short unstopped lines under the label: a label over a list of links at
// the page's end, with no prose under it, is a box of other stories (box-labels.ts). The page is read once.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { SENTENCE_STOP } from './sentence';

/** A label announcing a link to another story, alone on its line and closed by a colon. */
const LINK_LABEL = /^(?:read more|related(?: story| article| link)?|see also|also read|read also|more on this|more on this story)\s*:$/i;
/** A paragraph of the story around the link: long and saying something. */
const MIN_TEXT = 60;
/** A linked headline: one short line with no closing stop. */
const MAX_LINK = 160;
const MAX_LINKS = 3;

const isText = (t: string) => t.length >= MIN_TEXT && SENTENCE_STOP.test(t);
const isLink = (t: string) => t.length > 0 && t.length <= MAX_LINK && !/[.!?。！？]["”’)]?$/u.test(t);

function asFurniture(infos: BlockInfo[], k: number): void {
  const info = infos[k];
  if (info) infos[k] = { ...info, markerOnly: true, title: false, dateline: null, byline: null, opening: null, openingByline: false, credit: null };
}

export function markReadMoreLinks(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 1; i < blocks.length; i++) {
    if (!LINK_LABEL.test((blocks[i] as Block).text.trim())) continue;
    if (!isText((blocks[i - 1] as Block).text.trim())) continue;
    let k = i + 1;
    while (k < blocks.length && k - i <= MAX_LINKS && isLink((blocks[k] as Block).text.trim())) k++;
    const links = k - i - 1;
    if (links < 1 || links > MAX_LINKS || k >= blocks.length || !isText((blocks[k] as Block).text.trim())) continue;
    for (let j = i; j < k; j++) asFurniture(infos, j);
    i = k - 1;
  }
}
