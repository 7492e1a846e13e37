// Plain text -> blocks: paragraphs are separated by blank lines, or by single newlines when the text has
// no blank line at all (text copied from many e-paper viewers).
import type { Block } from '../types';

function block(text: string): Block {
  return { text, tag: 'p', headingLevel: null, className: '', container: null, emphasis: false };
}

/** A few short lines with no sentence stop are a headline group (kicker / headline / deck), not a wrap. */
function isHeadingStack(lines: string[]): boolean {
  return lines.length >= 2 && lines.length <= 4 && lines.every((l) => l.length <= 60 && !/[。！？；;.!?]\s*$|[。；]/.test(l));
}

/**
 * Short unpunctuated lines at the top of a paragraph whose other lines are much longer are lines of their own
 * (a headline, a kicker, a byline set right above the text with no blank line), not a wrapped first line: a
 * wrapped line fills the width of the lines after it.
 */
function leadingHeads(lines: string[]): number {
  const longest = Math.max(...lines.map((l) => l.length));
  let k = 0;
  while (k < lines.length - 1) {
    const l = lines[k] as string;
    if (l.length > 50 || l.length * 2 > longest || /[。；;]|[，,、：:]$/.test(l)) break;
    k++;
  }
  return k;
}

export function blocksFromText(text: string): Block[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const hasBlankLine = /\n[^\S\n]*\n/.test(normalised.trim());
  const parts = hasBlankLine ? normalised.split(/\n[^\S\n]*\n/) : normalised.split('\n');
  const blocks: Block[] = [];
  for (const part of parts) {
    const lines = part.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (isHeadingStack(lines)) {
      for (const l of lines) blocks.push(block(l));
      continue;
    }
    const heads = hasBlankLine && lines.length > 1 ? leadingHeads(lines) : 0;
    for (const l of lines.slice(0, heads)) blocks.push(block(l));
    const rest = heads ? part.split('\n').filter((l) => l.trim()).slice(heads).join('\n') : part;
    // A line wrapped inside Chinese text is no word break.
    const t = rest
      .replace(/([\u3400-\u9fff，。、；：！？”）])[^\S\n]*\n[^\S\n]*(?=[\u3400-\u9fff“（])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    if (t) blocks.push(block(t));
  }
  return blocks;
}
