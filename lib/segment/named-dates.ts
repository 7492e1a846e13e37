// A site's name glued to a date under the line that names the site ("某某彩票|某某彩票" over "某某彩票2023-02-06"): a
// copy's header prints the host's name and the posting date on one line, no space between. The line is meta data,
// furniture, never the page's headline. Only where the name is printed in the line right above: a programme's title
// and date glued so ("回首网事2011-12-02") is a headline of its own. One look at the line above each line.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A short name of Han characters (maybe with digits), then a date, nothing else. */
const NAME_DATE = /^\s*([\u3400-\u9fff][\u3400-\u9fff0-9A-Za-z]{1,9}?)\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u;

export function markNamedDates(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (info.markerOnly) continue;
    const m = NAME_DATE.exec(blocks[i]?.text ?? '');
    if (!m) continue;
    const above = blocks[i - 1]?.text ?? '';
    if (above.length < 80 && above.includes(m[1] ?? '\u0000')) infos[i] = { ...info, title: false, markerOnly: true, pageLabel: false };
  }
}
