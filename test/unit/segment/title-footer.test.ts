// A copied page closed by a footer naming its title and address (lib/segment/title-footer.ts), and a writer's credit
// run onto the headline line after a space (lib/segment/head-tail.ts): the story is headed by its own title, not by
// the reading-time line the copy opens with, the footer is no paragraph, and the credit is no word of the headline.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const body = [
  '二十年前的春天，我背着一只旧书包走进报社的大门，成为一名跑农村新闻的记者。那时候的编辑部只有六张桌子。',
  '此后的许多年里，我跑遍了全省的乡镇，写下了几百篇稿子，也结识了许多至今仍有往来的朋友。',
  '如今回头看，那段日子虽然清苦，却是我一生中最踏实的时光。',
];

describe('a title footer closing a copied page', () => {
  const page = ['本篇文章512字，读完约2分钟', '■李小文', body[0], '我的报社岁月', body[1], '我的报社岁月', body[2], '标题：我的报社岁月', '地址：http://www.example.com/a/123.html'].join('\n\n');

  it('heads the story with the title it names and leaves the footer out of the text', () => {
    const r = text(page);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('我的报社岁月');
    const joined = r.articles[0]?.paragraphs.join('\n') ?? '';
    expect(joined).not.toContain('标题');
    expect(joined).not.toContain('http://');
    expect(joined).toContain('二十年前的春天');
  });

  it('leaves the headline alone when the named title is printed nowhere else on the page', () => {
    const r = text(['老报人的故事', body[0], body[1], '标题：另一个题目', '地址：http://www.example.com/a/123.html'].join('\n\n'));
    expect(r.articles[0]?.headline).toBe('老报人的故事');
  });
});

describe('a writer’s credit run onto the headline line', () => {
  it('is no word of the headline', () => {
    const r = text([`那年春天我走进了编辑部 文/王小明`, ...body].join('\n\n'));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('那年春天我走进了编辑部');
  });

  it('keeps a slash that is the headline’s own word', () => {
    const r = text([`记者/编辑：一份职业的两面`, ...body].join('\n\n'));
    expect(r.articles[0]?.headline).toBe('记者/编辑：一份职业的两面');
  });
});
