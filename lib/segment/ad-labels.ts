// An advertising slot's label left as a line of its own in a page text (English plain-text round 12): an archive
// page prints "Advertisement" over the headline and again between two paragraphs where its advertisement stood;
// other sites print "ADVERTISEMENT", "Advertisement - Scroll to continue", "Story continues below advertisement" or
// "Sponsored content". The label names the slot, never a word of the story: furniture (furniture-lines.ts), never a
// paragraph nor a headline. Nor does it leave the text off (leaves-off.ts): the paragraph above it does, so a
// subheading under it, the page repeating the label, starts no story of its own. The line is the label and nothing
// more: a word for the advertisement, perhaps after "Story continues below" or before a prompt to scroll or read on.
// One pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_AD_LABEL = 48;
/** The slot's word: "Advertisement", "Advertising", "Sponsored content", "Ad". */
const AD_WORD = String.raw`(?:advertisement|advertising|advert|ad|sponsored(?:\s+content)?|paid\s+content)`;
/** A prompt after the word: "- Scroll to continue", "- Continue reading below", "- story continues below". */
const PROMPT = String.raw`(?:\s*[-–—:|]\s*(?:scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?|continue\s+reading(?:\s+below)?|(?:the\s+)?(?:story|article)\s+continues\s+below))`;
/** The run-on before the word: "Story continues below advertisement", "Article continues after this ad". */
const LEAD = String.raw`(?:(?:the\s+)?(?:story|article|text)\s+continues\s+(?:below|after)\s+(?:this\s+|the\s+)?)`;
const AD_LABEL = new RegExp(String.raw`^[-–—\s]*${LEAD}?${AD_WORD}${PROMPT}?[-–—\s]*$`, 'iu');

/** Whether the line is an advertising slot's label and nothing more ("Advertisement", "Story continues below advertisement"). */
export function isAdLabel(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_AD_LABEL && AD_LABEL.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const AD_LABEL_LINE: FurnitureTest = { test: isAdLabel, maxLength: MAX_AD_LABEL };
