// One article built from several agencies' reports: a headline named by the page (a date or author line under it),
// then reports each opened by its own dateline and none under a headline of its own ("【中國新聞社北京三十日電】…",
// "【路透社台北三十日電】…"). Where the headline is made of the words of every report (its title tells the first,
// its deck the second), the reports are that one story's; a page of datelined briefs has no such headline over them
// (a column label, "简讯", names none of its items).
import type { Block } from '../types';
import { isMetaLine, type BlockInfo } from './classify';
import { sharedWords } from './overlap';
import { pageHeadline } from './page-headline';
import type { Candidate } from './starts';

/** The share of the headline's character pairs each report must hold. */
const NAMES_REPORT = 0.15;
/** A headline long enough to tell of more than one report (a column label is a word or two). */
const MIN_HEADLINE = 12;

/** Whether the taken starts are headless datelined reports that the page's named headline tells, every one. */
export function reportsUnderNamedHeadline(taken: readonly Candidate[], blocks: Block[], infos: BlockInfo[]): boolean {
  if (taken.length < 2) return false;
  if (!taken.every((c) => c.head === c.body && infos[c.body]?.dateline)) return false;
  const { headline } = pageHeadline(blocks, infos);
  const first = taken[0]!.head;
  if (headline < 0 || headline >= first) return false;
  const head = blocks[headline]?.text ?? '';
  if (head.replace(/\s+/g, '').length < MIN_HEADLINE) return false;
  // named: a date or author line between the headline and the first report
  let named = false;
  for (let k = headline + 1; k < first && !named; k++) named = isMetaLine(blocks[k]?.text ?? '');
  if (!named) return false;
  return taken.every((c, i) => {
    const end = taken[i + 1]?.head ?? blocks.length;
    const text = blocks.slice(c.body, end).map((b) => b.text).join('\n');
    return sharedWords(head, text) >= NAMES_REPORT;
  });
}
