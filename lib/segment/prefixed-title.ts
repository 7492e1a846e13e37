// A copied page's own title over the story it copied: the source's name, a colon or bar, then the headline
// ("中国青年报:点燃青春激情 共筑精神家园"), with the headline printed alone a few lines below, over its deck and byline.
// The prefixed line is the page's title, as a browser tab shows it: the story's headline is the print below, so the
// prefixed line is page furniture, no headline and no text of the story. Each line compared with the next few only.
// But a prefix that is a person's name the page credits again as the writer under the lower print ("赖连金:华文侨报 与时俱进"
// / "华文侨报 与时俱进" / "作者:赖连金 …", issue 12 round 61) is no source: a site titles a writer's piece "name:title", as
// it titles a speaker's words, and that line is the page's headline; the lower print is the piece's own title printed
// again at the head of its text, furniture. The credit is looked for in the few lines under the lower print only.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const PREFIXED = /^([^:：|｜丨]{2,12})\s*[:：|｜丨]\s*(.{4,60})$/;
/** The headline's own print follows within this many lines. */
const WINDOW = 6;
/** A person's name: two to four Han characters. */
const HAN_NAME = /^[\u3400-\u9fff]{2,4}$/u;
/** The writer's credit under the lower print: this many lines looked at. */
const CREDIT_WINDOW = 2;
/** A credit line: short, naming the writer. */
const CREDIT_CHARS = 40;

/** Whether one of the few lines under block j is a short credit naming the prefix. */
function creditsWriter(blocks: readonly Block[], j: number, name: string): boolean {
  if (!HAN_NAME.test(name)) return false;
  for (let k = j + 1; k < blocks.length && k <= j + CREDIT_WINDOW; k++) {
    const text = blocks[k]!.text.trim();
    if (text.length <= CREDIT_CHARS && text.includes(name)) return true;
  }
  return false;
}

export function markPrefixedTitles(blocks: readonly Block[], infos: BlockInfo[]): void {
  const n = blocks.length;
  for (let i = 0; i < n; i++) {
    if (!infos[i]?.title) continue;
    const m = PREFIXED.exec(blocks[i]!.text.trim());
    if (!m) continue;
    const rest = m[2]!.trim();
    for (let j = i + 1; j < n && j <= i + WINDOW; j++) {
      if (infos[j]?.title && blocks[j]!.text.trim() === rest) {
        if (creditsWriter(blocks, j, m[1]!.trim())) infos[j] = { ...(infos[j] as BlockInfo), title: false, markerOnly: true };
        else infos[i] = { ...(infos[i] as BlockInfo), title: false, markerOnly: true };
        break;
      }
    }
  }
}
