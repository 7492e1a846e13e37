// A part of a piece of several voices, headed by the voice's words in quotation marks over a line naming the
// speaker's outlet and name ("“新闻的价值,在于时时刻刻拥抱改变”" / "第一财经日报 马晨晨" / her own account): the pull
// quote and the name line head a part of the one story, never a story of their own. Both lines are kept with the
// story as a portrait's caption is. Only inside a story's text (below its first paragraph of prose), the quote a
// short line wholly in quotation marks, the name line an outlet's name (a paper, a magazine, a station, a site) and a
// Han name (a common surname, byline.ts), and prose under them. One look at the next two lines: linear in the page.
import type { Block } from '../types';
import { looksLikeHanName } from './byline';
import type { BlockInfo } from './classify';
import { cjkCount } from './sentence';
import { belowHanProse, MIN_HAN_PROSE } from './han-prose';

const QUOTED = /^\s*[“「『"][^“”「」『』"]{4,40}[”」』"]\s*$/u;
/** An outlet's name: a paper, a magazine, a station, an agency, a site, its title marks kept or not. */
const OUTLET = /^《?[\u3400-\u9fffA-Za-z0-9]{1,12}(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|周报|週報|报|報|周刊|週刊|杂志|雜誌|新闻|新聞|电视台|電視台|电台|電台|通讯社|通訊社|网|網|传媒|傳媒|频道|頻道)》?(?:杂志|雜誌)?$/u;

/** Whether the line names an outlet and a person: "第一财经日报 马晨晨", "《财经》杂志 王静仪". */
function isOutletName(text: string): boolean {
  const parts = text.trim().split(/\s+/u);
  if (parts.length !== 2) return false;
  return OUTLET.test(parts[0] ?? '') && looksLikeHanName(parts[1] ?? '');
}

export function markQuotedVoices(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = belowHanProse(blocks, infos); i + 2 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    const text = blocks[i]?.text ?? '';
    if (info.dateline || info.byline || !QUOTED.test(text)) continue;
    const name = infos[i + 1] as BlockInfo;
    if (name.dateline || !isOutletName(blocks[i + 1]?.text ?? '')) continue;
    const under = infos[i + 2] as BlockInfo;
    if (under.title || cjkCount(blocks[i + 2]?.text ?? '') < MIN_HAN_PROSE) continue;
    for (const k of [i, i + 1]) infos[k] = { ...(infos[k] as BlockInfo), title: false, pageLabel: false, byline: null, caption: true };
    i += 1;
  }
}
