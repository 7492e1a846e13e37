// A Chinese page may print a line in Latin letters alone right under its Chinese headline: the paper's name or the
// column's in English ("Ta Kung Pao"), a rendering of the title. It heads nothing: the Chinese headline over it, and
// the Chinese text under it, are the story's. Such a line is furniture, never the headline. Each line is read with
// its two neighbours only.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { cjkCount } from './sentence';

/** Latin letters, spaces and a name's punctuation only, a few words. */
const LATIN_LINE = /^[A-Za-z][A-Za-z .,'&-]{1,40}$/;

export function markLatinLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 1; i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (!info.title || !LATIN_LINE.test(blocks[i]?.text.trim() ?? '')) continue;
    // A Chinese headline line over it, a Chinese paragraph under it.
    const above = infos[i - 1];
    const under = infos[i + 1];
    if (!above?.title || cjkCount(blocks[i - 1]?.text ?? '') < 4 || !under || under.title || cjkCount(blocks[i + 1]?.text ?? '') < 20) continue;
    infos[i] = { ...info, title: false, markerOnly: true };
  }
}
