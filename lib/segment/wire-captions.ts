// A wire photo's caption as the sports picture agencies write it and the sites that buy the picture print it under
// the photo: the picture's date and place first, parted by semicolons ("Dec 27, 2014; Louisville, KY, USA; …"), what it
// shows, then its credit line ("Mandatory Credit: Jane Doe-Agency Sports", often followed by the picture's code).
// It is the story's picture, kept with the story as a figcaption is (article.ts), never the opening of its first
// paragraph: the caption has no stop after the credit, so the paragraph repair would run it into the text below.
// Both ends are asked for, the dated opening and the credit's label; one test of each on each short block.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A caption of a few sentences: longer, the block is text. */
const MAX_CAPTION = 600;
/** The picture's date ("Dec 27, 2014", "December 27, 2014") and its place, each closed by a semicolon. */
const DATED_OPENING = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4};\s+[^;]{2,60};\s/;
/** The agency's credit label and a capitalised name after it. */
const CREDIT_LABEL = /\bMandatory Credit:\s+[A-Z]/;

export function markWireCaptions(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const text = (blocks[i]?.text ?? '').trim();
    if (text.length > MAX_CAPTION || !DATED_OPENING.test(text) || !CREDIT_LABEL.test(text)) continue;
    const info = infos[i] as BlockInfo;
    if (info.caption || blocks[i]?.tag === 'figcaption') continue;
    infos[i] = { ...info, title: false, caption: true };
  }
}
