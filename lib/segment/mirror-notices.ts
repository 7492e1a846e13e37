// A mirror's notice over a post it kept after the post was taken down ("该内容已被发布者删除 该内容被自由微信恢复 /
// 文章于 2021年10月12日 被检测为删除。/ 查看原文 / 被用户删除 / 其他"): the mirror's words about the post, not the
// post's, however much prose its lines make when set together as one paragraph. Furniture: never the story's text,
// so the headline under it heads the story. Only a block under the notice's length whose words say the post was
// deleted or restored, opening on those words (a paragraph telling that an article was deleted is prose). One
// pattern on each short block.
import type { FurnitureTest } from './furniture-lines';

const MAX_NOTICE = 160;
/** The notice's words start within this many characters of the block ("该内容已被发布者删除"). */
const OPENING = 4;
/** "已被发布者删除", "被检测为删除", "被用户删除", "该内容被…恢复", "此内容因违规无法查看", "已被作者删除". */
const DELETED = /(?:已被|被)(?:发布者|發佈者|作者|用户|用戶|检测为|檢測為)?\s*(?:删除|刪除)|(?:该|該|此)内容(?:被\S{0,8}恢复|因\S{0,8}无法查看)|(?:内容|內容)已(?:被)?(?:删除|刪除)/u;

/** Whether the block is a mirror's notice that the post it keeps was deleted or restored. */
export function isMirrorNotice(text: string): boolean {
  const t = text.trim();
  const m = DELETED.exec(t);
  return t.length <= MAX_NOTICE && !!m && m.index <= OPENING;
}

/** For markFurnitureLines (furniture-lines.ts). */
export const MIRROR_NOTICE: FurnitureTest = { test: isMirrorNotice, maxLength: MAX_NOTICE };
