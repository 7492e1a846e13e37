// A picture's caption set as a line of text opened by the words that point at the picture ("图为:…", "圖為：…",
// "上图:…", "左图为…", "图①:…"): the line says what the picture shows, so it is the story's picture, kept with the story
// as a figcaption is (article.ts), never its lead paragraph nor a headline. A page sets them between or above its
// paragraphs, one a picture; a short line (a sentence or two) only: a paragraph that opens on "图为" and goes on for
// lines is text. One pattern on each short line.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A caption is a sentence or two. */
const MAX_CAPTION = 160;
/**
 * The pointer at the picture: the word for picture and 为/為 ("图为", "上图为"), or the word for picture with where it
 * sits or its number, then a colon ("上图:", "图1:", "图①："). A bare "图:" over a name is a credit line, not taken.
 */
const SAID = /^\s*[(（【[]?\s*(?:(?:[上下左右首]\s*)?[图圖](?:\s*[\d一二三四五六七八九十①-⑳]{1,2})?\s*[为為]\s*[:：]?|(?:[上下左右首]\s*[图圖]|[图圖]\s*[\d一二三四五六七八九十①-⑳]{1,2})\s*[:：])\s*\S/u;

/** Whether the line is a caption opened by its pointer at the picture. */
export function isSaidCaption(text: string): boolean {
  return text.trim().length <= MAX_CAPTION && SAID.test(text);
}

export function markSaidCaptions(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]?.text ?? '';
    if (!isSaidCaption(text)) continue;
    const info = infos[i] as BlockInfo;
    if (info.dateline || info.byline || info.from || info.markerOnly) continue;
    infos[i] = { ...info, title: false, caption: true };
  }
}
