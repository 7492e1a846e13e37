// A headline given inside the dateline line: agency copy sometimes names its story after the dateline
// ("新华社贵阳2月12日电 题：山乡巨变——…", the feature's title, 题 for 标题) instead of above it. Where the page's
// text so opens (no paragraph of prose above the line) and no other line is so titled, the headline is set on a
// line of its own above the dateline, as papers print them, and the page is read as that one story: the exclamations,
// quoted lines and section labels under it are its own lines, and further stories stand only on datelines of their
// own (index.ts).
// The source maps point at the line as given.
import type { Block } from '../types';
import { parseDateline } from './dateline';
import type { Origin } from './tail-heads';

/** "题：" / "題:" right after the dateline, then the headline. */
const TITLE_MARK = /^\s*[题題]\s*[:：]\s*/u;
const MIN_HEAD = 4;
const MAX_HEAD = 60;
/** A paragraph of prose: above it, a titled dateline no longer opens the page's text. */
const PROSE = 80;

export interface DatelineTitle {
  blocks: Block[];
  origin: Origin[];
  /** One titled dateline, opening the page's text (no paragraph of prose above it): the page is that one story. */
  oneStory: boolean;
}

/** The titled dateline's offset of its headline, or -1 when the line holds no headline after its dateline. */
export function datelineTitleAt(text: string): number {
  // (No title mark, no titled dateline: the line is passed over unread.)
  if (!text.includes('题') && !text.includes('題')) return -1;
  const d = parseDateline(text);
  if (!d) return -1;
  const m = TITLE_MARK.exec(text.slice(d.length));
  if (!m) return -1;
  const at = d.length + m[0].length;
  const head = text.slice(at).trim();
  // A headline, not a sentence: short, and closed by no stop.
  if (head.length < MIN_HEAD || head.length > MAX_HEAD || /[。.！!？?；;]$/u.test(head)) return -1;
  return at;
}

/** The page with its one opening titled dateline set as headline over dateline, or null when it has none. */
export function splitDatelineTitle(blocks: Block[]): DatelineTitle | null {
  const out: Block[] = [];
  const origin: Origin[] = [];
  let titled = 0;
  let opens = false;
  let prose = false;
  blocks.forEach((b, i) => {
    const at = datelineTitleAt(b.text);
    if (at < 0) {
      out.push(b);
      origin.push({ block: i, offset: 0 });
      if (b.text.trim().length >= PROSE) prose = true;
      return;
    }
    if (!titled && !prose) opens = true;
    titled++;
    out.push({ ...b, text: b.text.slice(at).trim() }, { ...b, headingLevel: null, text: b.text.slice(0, at).replace(TITLE_TAIL, '').trimEnd() });
    origin.push({ block: i, offset: at }, { block: i, offset: 0 });
  });
  // Several titled datelines are several reports, each opened by its own dateline: left as given, the datelines
  // part them (a headline set above a dateline alone on its line would join them).
  return titled === 1 && opens ? { blocks: out, origin, oneStory: true } : null;
}

/** The title mark left at the dateline's end once the headline is cut off. */
const TITLE_TAIL = /\s*[题題]\s*[:：]\s*$/u;
