// Headlines wrapped over two lines at a comma, as sports roundups head each game with its score set on two lines
// ("Madison La Follette 66," / "Madison East 54") over the recap: the first line ends mid-clause, so neither reads as
// a headline by itself. Two short lines, the first closed by a comma and the second by no stop, over a paragraph of
// prose, are one headline group where the page sets two such pairs or more (a line of verse or an address split
// at a comma is one pair on a page, not its pattern).
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const MAX_LINE = 50;
const MIN_PROSE = 80;
const MIN_PAIRS = 2;

function shortLine(b: Block | undefined, info: BlockInfo | undefined): boolean {
  return !!b && !!info && b.text.trim().length > 0 && b.text.trim().length <= MAX_LINE && !info.byline && !info.dateline && !info.credit && !info.markerOnly && b.tag !== 'li';
}

export function markWrappedHeadlines(blocks: Block[], infos: BlockInfo[]): void {
  const pairs: number[] = [];
  for (let i = 0; i + 2 < blocks.length; i++) {
    if (!shortLine(blocks[i], infos[i]) || !shortLine(blocks[i + 1], infos[i + 1]) || infos[i + 2]?.title) continue;
    const a = blocks[i]?.text.trim() ?? '';
    const b = blocks[i + 1]?.text.trim() ?? '';
    const body = blocks[i + 2]?.text.trim() ?? '';
    if (!/^[\p{Lu}\p{N}]/u.test(a) || !/,$/.test(a) || !/^[\p{Lu}\p{N}]/u.test(b) || /[.!?,;:]$/.test(b)) continue;
    if (body.length < MIN_PROSE || !/^["“‘]?[\p{Lu}]/u.test(body) || !/[.!?]["”’)]?$/.test(body)) continue;
    // (The line above is no part of the pair: a third wrapped line makes a stanza or an address.)
    if (i > 0 && /,$/.test(blocks[i - 1]?.text.trim() ?? '') && (blocks[i - 1]?.text.trim().length ?? 0) <= MAX_LINE) continue;
    pairs.push(i);
  }
  if (pairs.length < MIN_PAIRS) return;
  for (const i of pairs) for (const k of [i, i + 1]) infos[k] = { ...(infos[k] as BlockInfo), title: true };
}
