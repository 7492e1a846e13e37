// A news site's ticker kept in a page's text above the story: a label ("快訊", "快讯", "Breaking News") over the
// headlines of other stories, then the story's own headline and its text. The ticker's headlines are short
// unstopped lines like the story's, so the three or four lines read as one headline group (kicker, headline,
// deck) and the group's middle line, another story's title, became the headline. A ticker's headlines tell other
// stories: they share (almost) no words with the text below, where the story's headline is made of its lead's
// words. So under such a label at the page's top, the headline-like lines that share few words with the lead are
// furniture, up to the first that shares some (the story's headline); where no line does, nothing is read. One
// pass over the page's opening and one look at each line under the label: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { sharedWords } from './overlap';

const TICKER_LABEL = /^(?:快訊|快讯|即時快訊|即时快讯|Breaking(?: News)?)\s*[:：]?$/iu;
/** A block longer than this and no headline is the story's prose: the ticker stands above it. */
const PROSE = 40;
/** How much of the text under the ticker its lines are compared with. */
const LEAD_CHARS = 600;
/** A line sharing less than this share of its character pairs (or words) with the lead tells another story. */
const OTHER_STORY = 0.15;

function furniture(infos: BlockInfo[], k: number): void {
  const info = infos[k];
  if (info) infos[k] = { ...info, title: false, markerOnly: true, pageLabel: false };
}

export function markTickerLabels(blocks: readonly Block[], infos: BlockInfo[]): void {
  let label = -1;
  for (let k = 0; k < blocks.length; k++) {
    const text = (blocks[k]?.text ?? '').trim();
    if (TICKER_LABEL.test(text)) {
      label = k;
      break;
    }
    if (text.length > PROSE && !infos[k]?.title) return;
  }
  if (label < 0) return;
  // The run of headline-like lines under the label, then the text.
  let end = label + 1;
  while (end < blocks.length && infos[end]?.title && (blocks[end]?.text ?? '').trim().length <= PROSE * 2) end++;
  let lead = '';
  for (let k = end; k < blocks.length && lead.length < LEAD_CHARS; k++) if (!infos[k]?.title) lead += blocks[k]?.text ?? '';
  if (!lead) return;
  let head = -1;
  for (let j = label + 1; j < end; j++) {
    if (sharedWords(blocks[j]?.text ?? '', lead) >= OTHER_STORY) {
      head = j;
      break;
    }
  }
  if (head <= label + 1) return;
  for (let j = label; j < head; j++) furniture(infos, j);
}
