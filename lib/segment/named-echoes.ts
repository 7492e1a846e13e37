// A title picture's text printed as a line inside the story: the writer's name and the headline parted by a bar
// ("杜阳林 || 我与华西共成长", "我与华西共成长 | 杜阳林"). Self-media copies print it between paragraphs where the
// picture stood. It is the story's title again, signed, no new story and no text: furniture. Only a line whose one
// side is the page's headline (its first headline line over text, in the page's first blocks) and whose other side
// is a Han name (headline-echoes.ts takes the headline printed alone, and only at eight characters or more).
// One comparison a block.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { looksLikeHanName } from './byline';
import { bareWords } from './bare-words';

/** The headline is looked for among the page's first blocks. */
const OPENING = 12;
const MIN_HEADLINE = 4;
/** The bar between name and title: a double or single bar, 丨 or a full-width bar, spaces around it allowed. */
const BAR = /\s*(?:\|\||｜｜|\||｜|丨)\s*/;

export function markNamedEchoes(blocks: readonly Block[], infos: BlockInfo[]): void {
  let first = -1;
  const end = Math.min(blocks.length - 1, OPENING);
  for (let i = 0; i < end && first < 0; i++) {
    const info = infos[i] as BlockInfo;
    if (info.title && !info.pageLabel && bareWords(blocks[i]?.text ?? '').length >= MIN_HEADLINE && !infos[i + 1]?.title) first = i;
  }
  if (first < 0) return;
  const headline = bareWords(blocks[first]?.text ?? '');
  const longest = headline.length + 12;
  for (let i = first + 1; i < blocks.length; i++) {
    const text = (blocks[i]?.text ?? '').trim();
    if (text.length > longest || text.length < headline.length + 3) continue;
    const sides = text.split(BAR);
    if (sides.length !== 2) continue;
    const [a, b] = sides as [string, string];
    const named = (bareWords(a) === headline && looksLikeHanName(b.trim())) || (bareWords(b) === headline && looksLikeHanName(a.trim()));
    if (!named) continue;
    infos[i] = { ...(infos[i] as BlockInfo), title: false, markerOnly: true };
  }
}
