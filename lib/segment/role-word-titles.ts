// A headline that holds a role word is no byline: "周刊记者跑两会" (a weekly's reporters cover the sessions),
// "新闻现场,就是记者的战场" (the scene is the reporter's battlefield) read as role word and name, "跑两会" and
// "的战场" the names. A byline's name glued right after its role word is a person's ("记者王雅静"): a Han name of two
// or three characters opens with a surname. A line of no spaces whose every name is glued to its role word and
// of that length, none opening with a surname, is a line of words, and read as one (a headline line when it reads
// as one). Longer names (transliterations, "记者怀特乌鲁斯") and spaced bylines ("记者 王明") are left as they are.
import type { Block, Byline } from '../types';
import type { BlockInfo } from './classify';
import { looksLikeHanName } from './byline';
import { isTitleLike } from './headline';

const MAX_LINE = 40;
const HAN_NAME = /^[\u3400-\u9fff]{2,3}$/u;
/** Role words a name may be glued after (Simplified and Traditional). */
const ROLE_BEFORE = /(?:记者|記者|通讯员|通訊員|评论员|評論員|编辑|編輯|作者)$/u;

function names(b: Byline): string[] {
  return [...b.reporters, ...b.correspondents, ...b.interns, ...b.photographers, ...b.authors];
}

export function markRoleWordTitles(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (!info.byline || info.dateline || info.from || info.credit) continue;
    const text = (blocks[i]?.text ?? '').trim();
    if (text.length > MAX_LINE || /[\s:：/／]/u.test(text)) continue;
    const all = names(info.byline);
    if (!all.length) continue;
    const glued = all.every((n) => {
      const at = text.indexOf(n);
      return at > 0 && HAN_NAME.test(n) && !looksLikeHanName(n) && ROLE_BEFORE.test(text.slice(0, at));
    });
    if (!glued) continue;
    infos[i] = { ...info, byline: null, title: isTitleLike(text) };
  }
}
