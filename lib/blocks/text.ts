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
    // A line wrapped inside Chinese text is no word break.
    const t = part
      .replace(/([\u3400-\u9fff，。、；：！？”）])[^\S\n]*\n[^\S\n]*(?=[\u3400-\u9fff“（])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    if (t) blocks.push(block(t));
  }
  return blocks;
}
