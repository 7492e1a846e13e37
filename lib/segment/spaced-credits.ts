// A writers' credit line whose two-character names are spaced out to the width of three-character ones, as print
// sets them ("□ 文 / 劉 江 涂重航", "文｜王 芳"): the role word, a bar or slash, and names, a bullet or box before it
// or not. Read as the story's byline (role-credits.ts reads names set close), never a headline. The letters left
// alone by the spacing are closed up (padded-names.ts); every name must read as a Han name (a common surname,
// byline.ts). One pattern on each short line.
import type { Block } from '../types';
import { hanNameList } from './byline';
import type { BlockInfo } from './classify';
import { asAuthors, forEachFreeLine } from './line-marks';
import { joinPaddedNames } from './padded-names';

const CREDIT = /^[□■◆●◇○•·]?\s*(?:文|作者|撰文|采写|採寫|记者|記者)\s*[|｜/／]\s*([\u3400-\u9fff·](?:[\u3400-\u9fff·\s、，,]{1,30}))$/u;
const MAX_LINE = 40;

/** The names on the line, two letters set apart by spacing closed up (padded-names.ts), or null if any is not a name. */
export function spacedNames(list: string): string[] | null {
  return hanNameList(joinPaddedNames(list.trim()));
}

export function markSpacedCredits(blocks: readonly Block[], infos: BlockInfo[]): void {
  forEachFreeLine(blocks, infos, MAX_LINE, (i, text, info) => {
    const m = CREDIT.exec(text);
    const names = m ? spacedNames(m[1] ?? '') : null;
    if (names) infos[i] = asAuthors(info, names);
  });
}
