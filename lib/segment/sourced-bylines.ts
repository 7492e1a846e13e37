// A web copy's byline line with the print source run on after the names, as 人民网 and its mirrors print it:
// "本报记者 崔丽 辛明 陈璇 《 中国青年报 》( 2011年08月26日 04 版)". The role and names make it a byline, the paper's
// name and the edition's date and page say where it was printed: no headline line, though it has no sentence mark.
// Each line read once, with the byline grammar of byline.ts on the part before the source.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { parseBylineLine } from './byline';

const PRINT_SOURCE = /^(.{4,60}?)\s*《\s*[^》]{2,16}\s*》\s*[（(]\s*\d{4}\s*年[^()（）]{0,20}[)）]\s*$/;

export function markSourcedBylines(blocks: readonly Block[], infos: BlockInfo[]): void {
  blocks.forEach((b, i) => {
    const info = infos[i] as BlockInfo;
    if (info.byline || b.text.length > 100 || !b.text.includes('》')) return;
    const m = PRINT_SOURCE.exec(b.text.trim());
    const byline = m ? parseBylineLine(m[1] ?? '') : null;
    if (byline && (byline.reporters.length || byline.authors.length || byline.correspondents.length)) infos[i] = { ...info, byline, title: false };
  });
}
