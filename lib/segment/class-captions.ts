// A line the page itself marks as a picture's caption by its class ("caption", "pic-desc", "img_txt", "photo-note"):
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
    if (!b || !info || b.tag === 'figcaption' || b.headingLevel !== null || !b.className) continue;
    if (b.text.length > MAX_CAPTION || !CAPTION_CLASS.test(b.className)) continue;
    infos[i] = { ...info, title: false, caption: true };
  }
}
