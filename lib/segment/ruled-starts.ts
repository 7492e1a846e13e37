// Items parted by rule lines: a digest sets a rule of underscores or dashes ("_____") between its items. Where a page
// text that declares no title sets two rules or more, each between text and text, the rule is the boundary: the
// first line under it opens the next item, whatever it is (a short headline, a picture's credited caption over a
// bulleted lead), and the item's text starts at the first paragraph of prose under that line. The first item,
// before any rule, opens on a bulleted paragraph right under a standfirst closed by a colon ("这里是今日不容错过的
// 新闻:", "Here is what you need to know:"). One pass over the blocks; ruled-items.ts reads whole headless
// paragraphs under rules, this the items a rule parts whatever their first line.
import type { Block } from '../types';
import type { Candidate } from './starts';
import { RULE_LINE } from './ruled-items';

/** Rules between text that make the page's items ruled off. */
const MIN_RULES = 2;
/** What a ruled boundary says for a start (a headline group of two lines or more says some 3). */
const RULED_START = 3;
/** Lines read past under a rule to the item's first paragraph: a headline, a credited caption. */
const MAX_HEAD = 2;
const BULLETED = /^\s*[•▪●◆■]\s*\S/;
const COLON_CLOSED = /[:：]\s*$/;
/** A headline's length: some 30 Chinese characters, 14 words. */
const MAX_HEAD_CJK = 30;
const MAX_HEAD_WORDS = 14;

/** A whole paragraph, no cue line ("News Intro I'm … w/ the top of the hour news", ruled-items.ts's bound). */
const MIN_BODY_LATIN = 80;
const MIN_BODY_CJK = 30;

function isWholeParagraph(t: string): boolean {
  return t.length >= (/[\u3400-\u9fff]/.test(t) ? MIN_BODY_CJK : MIN_BODY_LATIN);
}

function isShortHead(t: string): boolean {
  if (!BULLETED.test(t)) return false;
  return /[\u3400-\u9fff]/.test(t) ? t.length <= MAX_HEAD_CJK : t.split(/\s+/).length <= MAX_HEAD_WORDS;
}

export function withRuledStarts(cands: Candidate[], blocks: readonly Block[], facts: { prose: Int32Array }, declared: boolean): Candidate[] {
  if (declared) return cands;
  const n = blocks.length;
  const text = (k: number) => blocks[k]?.text ?? '';
  const found: Candidate[] = [];
  let firstRule = -1;
  for (let k = 1; k < n - 1; k++) {
    if (!RULE_LINE.test(text(k)) || RULE_LINE.test(text(k - 1)) || RULE_LINE.test(text(k + 1))) continue;
    if (firstRule < 0) firstRule = k;
    // The item's first paragraph: the line under the rule, or one of the next lines when the first are short heads.
    let body = k + 1;
    while (body < n && body - (k + 1) < MAX_HEAD && !facts.prose[body]) body++;
    if (body >= n || !facts.prose[body] || RULE_LINE.test(text(body))) continue;
    // A credited caption or a headline line over a bulleted lead: the item's text starts at the bullet.
    if (body === k + 1 && body + 1 < n && !BULLETED.test(text(body)) && BULLETED.test(text(body + 1)) && facts.prose[body + 1]) body++;
    // A short bulleted line over a longer paragraph with no bullet is the item's headline ("• 大屠杀发生前。").
    else if (body === k + 1 && body + 1 < n && isShortHead(text(body)) && facts.prose[body + 1] && !BULLETED.test(text(body + 1)) && text(body + 1).length > 2 * text(body).length) body++;
    if (!isWholeParagraph(text(body))) continue;
    found.push({ head: k + 1, body, kind: 'head-plain', score: RULED_START, runIn: 0 });
  }
  if (found.length < MIN_RULES) return cands;
  for (let k = 1; k < firstRule; k++) {
    if (BULLETED.test(text(k)) && facts.prose[k] && COLON_CLOSED.test(text(k - 1))) {
      found.push({ head: k, body: k, kind: 'item', score: RULED_START, runIn: 0 });
      break;
    }
  }
  // A ruled item's own lines (its head and the lines down to its text) hold no other start: marked once, read once.
  const covered = new Uint8Array(n);
  for (const f of found) covered.fill(1, f.head, f.body + 1);
  // In block order, by one bucket per block (no sort): the candidates kept, then the ruled starts.
  const byHead: Candidate[][] = Array.from({ length: n }, () => []);
  for (const c of cands) if (!covered[c.head]) byHead[c.head]!.push(c);
  for (const f of found) byHead[f.head]!.push(f);
  return byHead.flat();
}
