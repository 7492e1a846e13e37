// A site's appeal to its readers for support, set over the text as a headline of its own ("Your support helps us to
// tell the story", "Support independent journalism") over paragraphs asking for donations: page furniture, as a
// notifications or cookies notice is, no story. Only a short line opened by the appeal's own words is read; each
// line once: linear.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A line opening with an appeal to the reader's support, donation or membership. */
const APPEAL = /^\s*(?:your (?:support|donation|contribution)s? (?:helps?|makes?|keeps?|allows?|matters?)\b|support (?:us|our journalism|independent journalism|quality journalism)\b|(?:please )?(?:donate|contribute) (?:now|today)\b|become a (?:member|supporter|subscriber)\b)/i;
const MAX_LINE = 80;
/** The appeal's own words in its paragraphs. */
const APPEAL_WORDS = /\b(?:your (?:support|donation|contribution)s?|donat(?:e|ion|ions|ing)|paywalls?|subscri(?:be|ption))\b/i;
/** Paragraphs read under the appeal's line: its last that asks for support closes it. */
const MAX_PARAGRAPHS = 6;

export function markAppealLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]?.text ?? '';
    const info = infos[i] as BlockInfo;
    if (!info.title || t.length > MAX_LINE || !APPEAL.test(t)) continue;
    infos[i] = { ...info, title: false, markerOnly: true };
    // Its paragraphs, through the last of the next few that speaks of support, donations or paywalls.
    let last = -1;
    for (let k = i + 1; k < blocks.length && k <= i + MAX_PARAGRAPHS && !infos[k]?.title; k++) if (APPEAL_WORDS.test(blocks[k]?.text ?? '')) last = k;
    for (let k = i + 1; k <= last; k++) infos[k] = { ...(infos[k] as BlockInfo), markerOnly: true };
    if (last > i) i = last;
  }
}
