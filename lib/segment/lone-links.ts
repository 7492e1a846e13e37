// Lines a listing prints alone between its items, each the same on every item: the site's read-on link set under
// each teaser ("Read More →", "阅读全文", "详情>>") or a bullet on a line of its own above each teaser ("-", "•").
// Such a line parts the items as a rule does: the paragraph before it is an item done, and the paragraph after it
// opens the next. Read only where the same line stands three times or more, each time between two paragraphs of
// prose that each say something (a stop, some length): a headline over a list of points keeps them (the list's
// points are sentences too, but then the paragraphs are short or the line heads no prose of its own). One pass to
// count the lines, one to mark the paragraphs. Layout only: no words of any page.
import type { Block } from '../types';
import { SENTENCE_STOP } from './sentence';

/** A read-on link alone on its line, with or without its arrow. */
const LONE_READ_ON = /^(?:read more|continue reading|read the full (?:story|article)|full story|more|閱讀全文|阅读全文|查看全文|閱讀更多|阅读更多|详情|詳情|详细|詳細|全文|更多)\s*[→»›>…]*\s*$/i;
/** A bullet or a dash alone on its line. */
const LONE_BULLET = /^[-–—•·*◆■●▪►]$/;
/** Lines of the same kind that make the page such a listing. */
const MIN_LINES = 3;
/** A paragraph that says something: a sentence's stop in text of at least this length. */
const MIN_ITEM = 60;

function says(text: string): boolean {
  return text.length >= MIN_ITEM && SENTENCE_STOP.test(text);
}

function kind(text: string): 'link' | 'bullet' | null {
  const t = text.trim();
  if (t.length > 24) return null;
  return LONE_READ_ON.test(t) ? 'link' : LONE_BULLET.test(t) ? 'bullet' : null;
}

/**
 * The blocks closed by such a line: each read-on link and the paragraph before it, and each bullet over its
 * paragraph (the bullet opens the next item). Empty unless one kind of line stands three times or more between
 * paragraphs.
 */
export function closedByLoneLinks(blocks: readonly Block[], prose: Int32Array): number[] {
  const between = { link: 0, bullet: 0 };
  // Each line read once: the lines between prose, by kind (a link closes the paragraph above, a bullet opens the one under).
  const lines: { i: number; k: 'link' | 'bullet' }[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const k = kind(blocks[i]?.text ?? '');
    if (!k) continue;
    const j = k === 'link' ? i - 1 : i + 1;
    if (!prose[j] || !says(blocks[j]?.text ?? '')) continue;
    between[k]++;
    lines.push({ i, k });
  }
  const out: number[] = [];
  for (const { i, k } of lines) {
    if (between[k] < MIN_LINES) continue;
    // The line itself closes too: the listing's rule, a start stands right under it.
    if (k === 'link') out.push(i - 1, i);
    else out.push(i);
  }
  return out;
}

/** Whether a block is a read-on link alone on its line (read-on-teasers.ts). */
export function isLoneReadOn(text: string): boolean {
  return kind(text) === 'link';
}
