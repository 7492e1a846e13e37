// A production team's credits set as a run of lines, each a short role, a colon and names, nothing else ("文 案:…",
// "摄 像:… …", "后 期:… …", "海 报:…"): a video or feature page closes (or opens) its text with them, the roles
// letter-spaced to one width as a credits roll sets them. They name the people who made the page, no sentence of the
// story: page furniture, never paragraphs nor a headline. The role is read by its form alone (one to four Han
// letters, spaces between them or not), the names must read as Han names (a common surname each, byline.ts; padded
// two-letter names closed up, padded-names.ts), and two such lines or more must stand together: a lone "X:names" line
// may be a turn of talk or a label. A line already read as a byline counts in the run. One pass over the lines.
import type { Block } from '../types';
import { hanNameList } from './byline';
import type { BlockInfo } from './classify';
import { asFurniture } from './line-marks';
import { joinPaddedNames } from './padded-names';

const MAX_LINE = 48;
/** A role of one to four Han letters, spaced out or not, a colon, and the names. */
const ROLE_LINE = /^[\u3400-\u9fff](?:[ \u00a0\u3000]{0,2}[\u3400-\u9fff]){0,3}\s*[:：]\s*([\u3400-\u9fff·][\u3400-\u9fff·\s、，,]{1,40})$/u;
const MIN_RUN = 2;

function isRoleLine(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_LINE) return false;
  const m = ROLE_LINE.exec(t);
  return !!m && hanNameList(joinPaddedNames(m[1] ?? '')) !== null;
}

export function markCreditRuns(blocks: readonly Block[], infos: BlockInfo[]): void {
  let run: number[] = [];
  let inRun = 0;
  const close = () => {
    if (inRun >= MIN_RUN) for (const k of run) infos[k] = asFurniture(infos[k] as BlockInfo);
    run = [];
    inRun = 0;
  };
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    const text = blocks[i]?.text ?? '';
    if (!text.trim()) continue;
    if (info.byline && !info.dateline && text.trim().length <= MAX_LINE) {
      inRun++;
      continue;
    }
    if (!info.dateline && !info.from && isRoleLine(text)) {
      run.push(i);
      inRun++;
      continue;
    }
    close();
  }
  close();
}
