// A newsletter's issue opening on an index of its numbered headlines ("1. 教育部:严禁将高中课程内容作为中考内容;",
// "2. …", … "7. …", then "……" and a line sending the reader on), read as headless stories of one line each: the
// lines count on from 1, none says a sentence (a closing ";" at most), and each stands alone as a story, the last
// followed only by the index's short closing lines. Where headlined stories stand after the run, the run is the
// issue's index (the index's headlines need not be the items' own: an index lists what the editor put first), and
// its lines are rubrics. A run of briefs with text of their own under their numbered lines fails the one-line test.
// One pass over the plan's leading stories.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import { itemNumber } from './numbers';
import { SENTENCE_STOP } from './sentence';

/** The item's number and its mark opening a line ("1. ", "2、", "(3)"). */
const NUMBER_MARK = /^\s*[(（]?[0-9０-９一二三四五六七八九十]{1,3}\s*[.．、)）]\s*/u;
/** An index line, and a closing line after the index, is short. */
const MAX_LINE = 60;
/** Numbered lines an index shows at least. */
const MIN_RUN = 3;

/** The plan with a leading run of one-line numbered headless stories, over headlined stories, made rubrics. */
export function withoutNumberedIndex(p: Plan, blocks: readonly Block[]): Plan {
  const arts = p.articles;
  let n = 0;
  let expect = 1;
  let closed = false;
  while (n < arts.length && !closed) {
    const a = arts[n]!;
    if (a.head.length || a.runIn || !a.body.length) break;
    let numbered = 0;
    let ok = true;
    for (const k of a.body) {
      const t = (blocks[k]?.text ?? '').trim();
      const num = itemNumber(t);
      if (t.length > MAX_LINE) ok = false;
      else if (num === expect && numbered === k - a.body[0]! && !SENTENCE_STOP.test(t.replace(NUMBER_MARK, ''))) {
        numbered++;
        expect++;
      } else if (num >= 0 || numbered === 0) ok = false;
      if (!ok) break;
    }
    if (!ok) break;
    // Lines after the numbered ones close the index: the run ends with this story.
    if (numbered < a.body.length) closed = true;
    n++;
  }
  if (expect - 1 < MIN_RUN || n === arts.length) return p;
  if (!arts.slice(n).some((a) => a.head.length > 0 && a.body.length > 0)) return p;
  const rubric = new Set(p.rubricBlocks);
  for (const a of arts.slice(0, n)) for (const k of a.body) rubric.add(k);
  return { rubricBlocks: [...rubric].sort((x, y) => x - y), articles: arts.slice(n) };
}
