// Credits a page prints in brackets that the plain byline grammar (byline.ts) does not read:
// - a line that is nothing but a bracketed reporter's credit closed by what the reporter did: "(記者魏來欣專訪)",
//   "（记者 张三 报道）" — a byline line, never a headline;
// - a lead opened by the outlet's bracketed tag and the reporter's bare name in brackets: "【连网】(张晨晨 ) …" —
//   the tag is the story's source (as "本报讯" is), the name its byline, and what follows the story's own text.
// Each line read once, with one anchored pattern: linear in the page.
import type { Block, Byline } from '../types';
import type { BlockInfo } from './classify';
import { emptyByline, hanNameList } from './byline';

const NAMES = '[\\u3400-\\u9fff·]{2,5}(?:\\s*[、，, ]\\s*[\\u3400-\\u9fff·]{2,5}){0,3}';
/** "(記者魏來欣專訪)": role, names, the work done, in brackets, alone on the line. */
const DONE_CREDIT = new RegExp(`^[(（]\\s*(?:本报|本報)?(?:记者|記者)\\s*(${NAMES}?)\\s*(?:专访|專訪|采访|採訪|报道|報導|報道|采写|採寫)\\s*[)）]$`);
/** "【连网】(张晨晨 )": a short outlet tag in 【】, then bare names in brackets. */
const TAGGED_LEAD = new RegExp(`^【([\\u3400-\\u9fffA-Za-z]{2,8})】\\s*[(（]\\s*(${NAMES})\\s*[)）]\\s*`);


function reporters(list: string[]): Byline {
  return { ...emptyByline(), reporters: list };
}

/** A bare navigation path, "新闻 新闻> 连云港新闻": items of a word or two parted by path arrows, nothing else. */
const PATH_ITEMS = /^[^>»›。！？，,：:]{1,12}(?:\s*[>»›]+\s*[^>»›。！？，,：:]{1,12})+$/u;

function isBarePath(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || !PATH_ITEMS.test(t)) return false;
  return t.split(/\s*[>»›]+\s*/u).every((p) => p.replace(/\s+/g, '').length <= 6 || p.split(/\s+/).every((w) => w.length <= 6));
}

export function markBracketedCredits(blocks: readonly Block[], infos: BlockInfo[]): void {
  blocks.forEach((b, i) => {
    const info = infos[i] as BlockInfo;
    // A navigation path is the page's furniture, never a story's headline or deck.
    if (info.title && isBarePath(b.text)) {
      infos[i] = { ...info, title: false, markerOnly: true };
      return;
    }
    if (info.byline || info.dateline || info.from || info.openingByline || b.text.length > 2000) return;
    const first = b.text.charCodeAt(0);
    // Only a line opening on a bracket is read at all.
    if (first !== 0x28 && first !== 0xff08 && first !== 0x3010) return;
    const text = b.text;
    const done = text.length <= 40 ? DONE_CREDIT.exec(text.trim()) : null;
    const doneNames = done ? hanNameList(done[1] ?? '') : null;
    if (doneNames) {
      infos[i] = { ...info, byline: reporters(doneNames), title: false, markerOnly: false };
      return;
    }
    const lead = TAGGED_LEAD.exec(text);
    const leadNames = lead ? hanNameList(lead[2] ?? '') : null;
    if (!lead || !leadNames) return;
    const tag = `【${lead[1] ?? ''}】`;
    // The rest must be the story's own words (a tag and names alone are left to the byline grammar).
    if (!text.slice(lead[0].length).trim()) return;
    const opening = { byline: reporters(leadNames), length: lead[0].length - tag.length };
    infos[i] = {
      ...info,
      title: false,
      dateline: { dateline: { source: lead[1] ?? '', place: null, date: null, kind: '' }, length: tag.length },
      openingByline: true,
      opening,
    };
  });
}
