// Plain text -> blocks: paragraphs are separated by blank lines, or by single newlines when the text has
// no blank line at all (text copied from many e-paper viewers).
import type { Block } from '../types';
import { setOffOwnLines } from './own-lines';
import { joinHardWraps } from './hard-wrap';
import { stripEmptyPictures } from './markup-residue';
import { stripJammerNoise } from './jammer-noise';
import { indentedCaptions } from './indented-captions';

function block(text: string): Block {
  return { text, tag: 'p', headingLevel: null, className: '', container: null, emphasis: false };
}

/**
 * A line with no letter or digit holds no sentence, whatever marks close it: a menu entry whose words the page's
 * encoding lost ("• ???") is no stop that makes the lines round it a wrapped paragraph.
 */
const WORDED = /[\p{L}\p{N}]/u;

/**
 * A few short lines with no sentence stop are a headline group (kicker / headline / deck), not a wrap; so are more
 * of them when their lengths are ragged (a page's header: breadcrumb, search, headline, date line, share links), where
 * a wrapped paragraph fills the column line after line.
 */
function isHeadingStack(lines: string[]): boolean {
  if (lines.length < 2 || !lines.every((l) => l.length <= 60 && (!/[。！？；;.!?]\s*$|[。；]/.test(l) || !WORDED.test(l)))) return false;
  if (lines.length <= 4) return true;
  const longest = lines.reduce((m, l) => Math.max(m, l.length), 0);
  return lines.slice(0, -1).filter((l) => l.length * 2 < longest).length >= 2;
}

/**
 * Lines that each open with the same bullet mark and a space and name something in a few words, no sentence ("•
 * New Jersey Governor Phil Murphy", "• Connecticut Governor Ned Lamont"), are a list's items, each a line of its own
 * however many there are: a wrapped paragraph's lines never all open with a mark. (Bulleted sentences stay one block
 * as before: a column of them may be a page's briefs, which the segmenter reads from the joined block.)
 */
const BULLET = /^([•·●▪◦■□◆\-–*])\s+\S/u;
const MAX_ITEM = 60;
const ITEM_STOP = /[.!?。！？;；]\s*$/u;

function isBulletedList(lines: string[]): boolean {
  const mark = lines.length >= 2 ? BULLET.exec(lines[0] ?? '')?.[1] : undefined;
  return mark !== undefined && lines.every((l) => l.length <= MAX_ITEM && !ITEM_STOP.test(l) && BULLET.exec(l)?.[1] === mark);
}

/**
 * Short unpunctuated lines at the top of a paragraph whose other lines are much longer are lines of their own
 * (a headline, a kicker, a byline set right above the text with no blank line), not a wrapped first line: a
 * wrapped line fills the width of the lines after it.
 */
/** An English headline line runs to some 80 characters ("Gurgaon residents demand fully empowered civic body"). */
const HEAD_LINE_MAX = 80;

function leadingHeads(lines: string[]): number {
  const longest = lines.reduce((m, l) => Math.max(m, l.length), 0);
  let k = 0;
  while (k < lines.length - 1) {
    const l = lines[k] as string;
    if (l.length > HEAD_LINE_MAX || l.length * 2 > longest || /[。；;]|[，,、：:]$/.test(l)) break;
    k++;
  }
  return k;
}

/** A line of a few Chinese words and no punctuation, and a line that ends a sentence. */
const TAIL_LINK = /^[\u3400-\u9fff]{2,8}$/;
const SENTENCE_STOP = /[。！？!?」”』]$/;

export function blocksFromText(text: string): Block[] {
  // A forum's anti-copy noise closing the lines and set between them is no text (jammer-noise.ts).
  let normalised = stripJammerNoise(text.replace(/\r\n?/g, '\n'));
  // An empty markdown picture ("![]()") is no text; a line of nothing else goes with it, not left as a blank line.
  if (normalised.includes('![]')) {
    normalised = normalised
      .split('\n')
      .flatMap((l) => {
        const t = stripEmptyPictures(l);
        return t.trim() || !l.trim() ? [t] : [];
      })
      .join('\n');
  }
  const hasBlankLine = /\n[^\S\n]*\n/.test(normalised.trim());
  if (hasBlankLine) normalised = setOffOwnLines(normalised);
  const parts = hasBlankLine ? normalised.split(/\n[^\S\n]*\n/) : joinHardWraps(normalised.split('\n'));
  const blocks: Block[] = [];
  // A short line indented far deeper than the page's paragraphs is a picture's caption (indented-captions.ts).
  const captions = hasBlankLine ? indentedCaptions(parts) : new Set<number>();
  for (const [index, part] of parts.entries()) {
    if (captions.has(index)) {
      blocks.push({ ...block(part.replace(/\s+/g, ' ').trim()), tag: 'figcaption' });
      continue;
    }
    const lines = part.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (isHeadingStack(lines) || isBulletedList(lines)) {
      for (const l of lines) blocks.push(block(l));
      continue;
    }
    const heads = hasBlankLine && lines.length > 1 ? leadingHeads(lines) : 0;
    for (const l of lines.slice(0, heads)) blocks.push(block(l));
    let rest = heads ? part.split('\n').filter((l) => l.trim()).slice(heads).join('\n') : part;
    // A few words on a line of their own under the paragraph's last sentence ("我来说两句", "查看全文"): a link the
    // page prints under an item, no wrap of that sentence; it stays set off by a space (starts.ts reads it).
    const link = lines.length >= 2 && heads < lines.length - 1 && TAIL_LINK.test(lines.at(-1) ?? '') && SENTENCE_STOP.test(lines.at(-2) ?? '');
    if (link) rest = rest.replace(/\n[^\S\n]*\S[^\n]*\s*$/, '');
    // A line wrapped inside Chinese text is no word break.
    let t = rest
      .replace(/([\u3400-\u9fff，。、；：！？”）])[^\S\n]*\n[^\S\n]*(?=[\u3400-\u9fff“（])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    if (link) t += ' ' + (lines.at(-1) ?? '');
    if (t) blocks.push(block(t));
  }
  return blocks;
}
