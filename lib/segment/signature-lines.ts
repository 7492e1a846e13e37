// A writer's signature line under the headline, as the reader-letter and essay pages of Taiwan and overseas Chinese
// papers print it: a Han name, a slash and where the writer lives ("張勝雄／亞凱迪亞", "王小明 / 台北市"), nothing
// else. Two short phrases parted by a slash read like a headline's two halves, and the line, standing right over the
// text, took the story's headline from the title line above it. The line is the story's byline (the name its
// author): the name a Han name (a known surname, two or three characters), the place two to six Han characters,
// no sentence mark; it stands under a line and over prose (a paragraph closed by a stop, or a long one), so a
// headline of the same shape over another headline or closing the page is left alone. One look at each short line
// and at the block under it: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { looksLikeHanName } from './byline';
import { asAuthors, forEachFreeLine } from './line-marks';

/** Name, slash, place: nothing else on the line. */
const SIGNATURE = /^([\u3400-\u9fff]{2,3})\s*[/／]\s*([\u3400-\u9fff]{2,6})$/u;
/** The block under it is prose: closed by a stop (a quotation's close after it), or long. */
const STOPPED = /[。！？!?][」』”"）)]?$/u;
const LONG_PROSE = 40;

export function markSignatureLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  forEachFreeLine(blocks, infos, 16, (i, text, info) => {
    if (i === 0) return;
    const m = SIGNATURE.exec(text);
    if (!m || !looksLikeHanName(m[1] ?? '')) return;
    const next = (blocks[i + 1]?.text ?? '').trim();
    if (!STOPPED.test(next) && next.length < LONG_PROSE) return;
    infos[i] = asAuthors(info, [m[1] ?? '']);
  });
}
