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

  it("keeps a page header's ragged lines apart, where a wrapped paragraph fills its lines", () => {
    const header = '您当前的位置 : 新闻网 > 本地 > 政务\n搜 索\n采访日记:记者走进春耕第一线\n2006-04-16 23:44:19 来源:新闻网 作者:张明\n关注新闻网\n微博\n\n早7时许,报道组成员整装待发。';
    expect(blocksFromText(header).map((b) => b.text)).toEqual([
      '您当前的位置 : 新闻网 > 本地 > 政务', '搜 索', '采访日记:记者走进春耕第一线', '2006-04-16 23:44:19 来源:新闻网 作者:张明', '关注新闻网', '微博', '早7时许,报道组成员整装待发。',
    ]);
    // An e-paper column wraps its paragraph into lines of one width: they join.
    const column = '今年以来全市农业生产\n形势总体平稳，粮食播\n种面积稳中有增，春耕\n备耕工作有序推进，农\n民增收势头良好\n\n第二段。';
    expect(blocksFromText(column).map((b) => b.text)[0]).toBe('今年以来全市农业生产形势总体平稳，粮食播种面积稳中有增，春耕备耕工作有序推进，农民增收势头良好');
  });

  it('joins a Chinese line wrapped inside a paragraph without inserting a space', () => {
    expect(blocksFromText('第一段落的文字\n接着写完。\n\n第二段。').map((b) => b.text)).toEqual(['第一段落的文字接着写完。', '第二段。']);
  });
});
