// A picture's caption set as a line of text under the picture and closed by its labelled credit ("The quay at dawn.
// Credit: Jane Doe / Getty Images", "Crowds on the pier Photo: John Roe/AP"): the caption's few words, then the
// credit's label, the photographer and the agency (photo-credit.ts reads it). Such a line names what the picture
// shows, in a sentence or two at most; it is the story's picture, kept with the story as a figcaption is
// (article.ts), never the opening of its first paragraph (the caption has no stop before the credit, so the
// paragraph repair would run it into the text below). Its credit names the photographer, not the writer, and
// closes no item: dropped, as paired-captions.ts and doubled-captions.ts drop theirs. (A <figcaption> is left as it is.)
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A caption and its credit: a line or two. */
const MAX_LINE = 200;
/** The credit's label right before its name: "Credit:", "Photo:", "Photograph:", "Image by". */
const LABEL = /^\(?(?:(?:(?:Image|Photo|Picture)\s+)?Credit|Photograph|Photo|Picture|Image)(?:\s+by|\s*:)\s/;
/** Sentence stops inside the caption (an ellipsis counts once). */
const STOPS = /(?:\.{3}|…|[.!?])(?=\s|$)/g;

export function markLabelledCreditCaptions(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i];
    const credit = info?.credit;
    if (!info || !credit || info.caption || info.byline || info.dateline) continue;
    const block = blocks[i];
    // A figcaption is a caption already: article.ts reads its credit off, naming the photographer.
    if (!block || block.tag === 'figcaption') continue;
    const text = block.text;
    if (text.length > MAX_LINE || credit.start <= 0) continue;
    if (!LABEL.test(text.slice(credit.start).trimStart())) continue;
    const words = text.slice(0, credit.start).trim();
    if (!words || (words.match(STOPS)?.length ?? 0) > 2) continue;
    infos[i] = { ...info, title: false, caption: true, credit: null };
  }
}
