// A reader site's copy of a digest column that prints the column's title again before each item, run into the
// item's text with the item's number ("环球要刊速览(642)0" + "1325年夏季的一天…", "环球要刊速览(642)1" + "为了观察…"),
// read as one story under the title line: where two paragraphs or more of the one story open with the title's
// whole text, each opens a headless item (the run-in title and number stay its text, as item numbers do), and
// the title line, with any line between it and the first item, is the column's rubric. A story's lead that opens
// on its headline's words does so once; a line of the title and a number alone names a picture's slot over its
// caption, inside one story. One pass over the story's blocks.
import type { Block } from '../types';
import type { Plan } from './boundaries';

/** A column title shorter than this is too common a string to mark items. */
const MIN_TITLE = 4;
/** Characters of the item's own text run on after the title and its number. */
const MIN_RUN_ON = 8;
/** Paragraphs opened by the title a column of items shows at least. */
const MIN_ITEMS = 2;

/** The one story's plan split into headless items at each paragraph opened by its title line's text. */
export function withTitledItems(p: Plan, blocks: readonly Block[]): Plan {
  const story = p.articles[0];
  if (p.articles.length !== 1 || !story || story.headline < 0 || story.runIn) return p;
  const title = (blocks[story.headline]?.text ?? '').trim();
  if (title.length < MIN_TITLE) return p;
  // Positions in the story's body of the paragraphs the title opens.
  const opens: number[] = [];
  story.body.forEach((k, at) => {
    const t = (blocks[k]?.text ?? '').trim();
    if (!t.startsWith(title)) return;
    // The item's text runs on in the title's line: a line of the title and a number alone names a picture's slot
    // over its caption, inside one story ("周刊记者跑两会0" / "3月3日,记者…").
    const end = t.indexOf('\n');
    const line = t.slice(title.length, end < 0 ? t.length : end).replace(/^[\s\d]+/u, '');
    if (line.length >= MIN_RUN_ON) opens.push(at);
  });
  if (opens.length < MIN_ITEMS) return p;
  const rubricBlocks = [...p.rubricBlocks, ...story.head, ...story.body.slice(0, opens[0])].sort((x, y) => x - y);
  const articles = opens.map((from, j) => ({ head: [], headline: -1, body: story.body.slice(from, opens[j + 1] ?? story.body.length) }));
  return { rubricBlocks, articles };
}
