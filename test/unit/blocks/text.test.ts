// Plain text into blocks.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';

describe('blocksFromText', () => {
  it('splits at blank lines, trims and collapses whitespace', () => {
    const blocks = blocksFromText('\n\n  Headline here \n\n First  paragraph\nwraps here.\n \n\u00a0\nSecond.\n');
    expect(blocks.map((b) => b.text)).toEqual(['Headline here', 'First paragraph wraps here.', 'Second.']);
    expect(blocks[0]).toMatchObject({ tag: 'p', headingLevel: null, className: '', container: null, emphasis: false });
  });

  it('takes single newlines as paragraph breaks when the text has no blank line', () => {
    expect(blocksFromText('标题\n本报讯 正文。\n第二段。').map((b) => b.text)).toEqual(['标题', '本报讯 正文。', '第二段。']);
  });

  it('joins a Chinese line wrapped inside a paragraph without inserting a space', () => {
    expect(blocksFromText('第一段落的文字\n接着写完。\n\n第二段。').map((b) => b.text)).toEqual(['第一段落的文字接着写完。', '第二段。']);
  });
});
