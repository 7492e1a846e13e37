// A line the page itself marks as a picture's caption by its class ("caption", "pic-desc", "img_txt", "photo-note"),
// on its own element or on the one inline box that holds all its text (a classed span in a bare <p> beside the <img>):
// kept with the story as a figcaption is (article.ts), never its lead paragraph, a title or a story's start. A long
// block is text whatever its class says. One pass over the blocks; a class name is read once.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|(?:pic|img|image|photo)[_-]?(?:desc|txt|text|note|info))(?:$|[\s_-])/i;
/** Longer than this, a block is text: a caption is a line or two. */
const MAX_CAPTION = 200;

export function markClassCaptions(blocks: Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const info = infos[i];
    if (!b || !info || b.tag === 'figcaption' || b.headingLevel !== null) continue;
    // The block's own class, else that of the one inline box holding all its text ("<p><span class=caption>").
    const cls = b.className || b.innerClass;
    if (!cls || b.text.length > MAX_CAPTION || !CAPTION_CLASS.test(cls)) continue;
    infos[i] = { ...info, title: false, caption: true };
  }
}
