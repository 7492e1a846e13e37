// Plain text -> blocks: paragraphs are separated by blank lines, or by single newlines when the text has
// no blank line at all (text copied from many e-paper viewers).
import type { Block } from '../types';

export function blocksFromText(text: string): Block[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const hasBlankLine = /\n[^\S\n]*\n/.test(normalised.trim());
  const parts = hasBlankLine ? normalised.split(/\n[^\S\n]*\n/) : normalised.split('\n');
  const blocks: Block[] = [];
  for (const part of parts) {
    // A line wrapped inside Chinese text is no word break.
    const t = part
      .replace(/([\u3400-\u9fff，。、；：！？”）])[^\S\n]*\n[^\S\n]*(?=[\u3400-\u9fff“（])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    if (!t) continue;
    blocks.push({ text: t, tag: 'p', headingLevel: null, className: '', container: null, emphasis: false });
  }
  return blocks;
}
