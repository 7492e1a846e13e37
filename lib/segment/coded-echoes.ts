// A page archive's index line over each story: the story's page code and its headline run together ("b1-万里会见
// 范阿赫特", "A3:…"), then the paper's own headline line printing the same words. The coded line is the archive's
// link to the story, no line of its head group: the headline is the line under it, without the code.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { bareWords } from './bare-words';

/** A page code before the headline: a letter or two and the page number, set off by a dash or a colon. */
const CODE = /^\s*[A-Za-z]{1,2}\d{1,3}\s*[-–—:：]\s*/u;

export function markCodedEchoes(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (!info.title || !infos[i + 1]?.title) continue;
    const text = blocks[i]?.text ?? '';
    const code = CODE.exec(text);
    if (!code) continue;
    const rest = bareWords(text.slice(code[0].length));
    if (rest.length < 4 || rest !== bareWords(blocks[i + 1]?.text ?? '')) continue;
    infos[i] = { ...info, title: false, markerOnly: true };
  }
}
