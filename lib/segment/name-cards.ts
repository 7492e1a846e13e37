// A writer's card opening each part of a compiled piece: recollections gathered under one headline set each writer's
// name twice over (the portrait's alt text, then its caption) and a line of the writer's post under it ("彭伊娜" /
// "彭伊娜" / "彭湃孙女、参与创办《南方周末》…"), then the writer's paragraphs. The card heads a part of the one story,
// never a story of its own: the name's first copy is the picture's alt text, furniture; the second and the post line
// are the portrait's caption, kept with the story as a figcaption is (caption lines are not run into the writer's
// first paragraph). One look at the two lines after each line: linear in the page.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A person's name: two to four Han characters, or a transliterated name with its dot. */
const NAME = /^[\u3400-\u9fff]{2,4}$|^[\u3400-\u9fff]{1,6}·[\u3400-\u9fff]{1,6}$/u;
/** The post line is a line of a caption's length, no sentence closed. */
const MAX_POST = 60;
const STOPPED = /[。！？!?]$/u;

export function markNameCards(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i + 2 < blocks.length; i++) {
    const name = (blocks[i]?.text ?? '').trim();
    if (!NAME.test(name) || (blocks[i + 1]?.text ?? '').trim() !== name) continue;
    const post = (blocks[i + 2]?.text ?? '').trim();
    if (!post || post.length > MAX_POST || STOPPED.test(post) || NAME.test(post) || infos[i + 2]?.byline) continue;
    const first = infos[i] as BlockInfo;
    infos[i] = { ...first, title: false, markerOnly: true, pageLabel: false, byline: null };
    for (const k of [i + 1, i + 2]) infos[k] = { ...(infos[k] as BlockInfo), title: false, pageLabel: false, byline: null, caption: true };
    i += 2;
  }
}
