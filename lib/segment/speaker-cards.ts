// A speaker's card opening each part of a compiled piece of voices ("彭伊娜" / "彭湃孙女、参与创办《南方周末》…" /
// the speaker's words; "李 鸿 谷" / "《三联生活周刊》主编、…总经理"): the speaker's name on a line alone, printed once
// (name-cards.ts reads a name printed twice), over a line of the speaker's post. The card heads a part of the one
// story, never a story of its own, however much the post line looks like a headline: both lines are the portrait's
// caption, kept with the story as a figcaption is. Only inside a story's text (below its first paragraph of prose),
// where a name and post are no byline under the page's headline (name-posts.ts); the name must read as a Han name
// (a common surname, byline.ts), two names may share a card ("李玉楼&黄思卓"), and the post must name a rank, a trade
// or a part played (记者, 主编, 员工, 参与创办…). One look at the next two lines after each line: linear in the page.
import type { Block } from '../types';
import { looksLikeHanName } from './byline';
import type { BlockInfo } from './classify';
import { cjkCount } from './sentence';
import { belowHanProse, MIN_HAN_PROSE } from './han-prose';

/** A post is a caption's length, no sentence closed. */
const MAX_POST = 60;
const STOPPED = /[。！？!?]$/u;
/** Ranks, trades and parts played that a post line names. */
const POST = /記者|记者|編輯|编辑|主編|主编|主筆|主笔|總監|总监|主任|經理|经理|總裁|总裁|社長|社长|院長|院长|校長|校长|主席|書記|书记|員工|员工|教授|講師|讲师|研究員|研究员|評論員|评论员|顧問|顾问|作家|律師|律师|學者|学者|董事長|董事长|創辦|创办|創始人|创始人|負責人|负责人|館員|馆员|教師|教师|老師|老师|醫生|医生|委員|委员|會長|会长|局長|局长|退休/u;
/** Two names sharing a card: "李玉楼&黄思卓", "张三、李四". */
const JOINED = /\s*[&＆、/]\s*|\s+和\s+/u;

/** The name on a name line, spaced-out letters closed up ("李 鸿 谷"), or null. */
function cardName(text: string): string | null {
  const t = text.trim();
  if (t.length > 12) return null;
  const closed = /^[\u3400-\u9fff](?:\s[\u3400-\u9fff]){1,3}$/u.test(t) ? t.replace(/\s+/gu, '') : t;
  const names = closed.split(JOINED);
  return names.length <= 2 && names.every((n) => looksLikeHanName(n)) ? closed : null;
}

function isPost(text: string, info: BlockInfo): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_POST && !STOPPED.test(t) && !info.byline && !info.dateline && POST.test(t) && cardName(t) === null;
}

export function markSpeakerCards(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = belowHanProse(blocks, infos); i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    const text = blocks[i]?.text ?? '';
    if (info.byline || info.dateline || cardName(text) === null) continue;
    const post = infos[i + 1];
    if (!post || !isPost(blocks[i + 1]?.text ?? '', post)) continue;
    // Under the card, the speaker's words, or the next card (a speaker whose words the page gives as a picture).
    const under = infos[i + 2];
    const words = !under || (!under.title && cjkCount(blocks[i + 2]?.text ?? '') >= MIN_HAN_PROSE) || cardName(blocks[i + 2]?.text ?? '') !== null;
    if (!words) continue;
    for (const k of [i, i + 1]) infos[k] = { ...(infos[k] as BlockInfo), title: false, pageLabel: false, byline: null, caption: true };
    i += 1;
  }
}
