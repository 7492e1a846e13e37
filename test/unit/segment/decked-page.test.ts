// A page headline over its dashed deck, then only a path, widgets and pictures before a part head and its subhead
// over the text (lib/segment/decked-page.ts): the page's headline heads the one story, the deck under it, and the
// part head stays in the story's text, never its headline.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const body = [
  '  2019年春天,石桥村的最后一户人家搬进了镇上的新楼,村口那棵老槐树下再没有人坐着晒太阳。',
  '  驻村队员李明每天清早都要绕着空村子走一圈,看看水井有没有封好,看看山坡上新栽的树苗长得怎么样。',
].join('\n');

const page = (top: string) =>
  `${top}\n\n某某新闻网>>专题>>2020>>乡村振兴\n\n时 间\n/\n分 享\n\n20200901_a1b2c3d4e5f6.jpg\n\n过去的石桥村。\n\n20200901_f6e5d4c3b2a1.jpg\n\n今天的石桥村。\n\n搬迁那天\n晴\n\n${body}`;

describe('a page headline over its dashed deck, pictures between it and the part heads', () => {
  it('heads the one story with the page headline, the deck under it', () => {
    const r = text(page('【乡村故事】石桥村\n\n—— 一个村子的搬迁与新生(节选)'));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('【乡村故事】石桥村');
    expect(r.articles[0]?.subheadline).toBe('—— 一个村子的搬迁与新生(节选)');
  });

  it('keeps the part head in the text, not as the headline', () => {
    const r = text(page('【乡村故事】石桥村\n\n—— 一个村子的搬迁与新生(节选)'));
    expect(r.articles[0]?.paragraphs.join('\n')).toContain('搬迁那天');
    expect(r.articles[0]?.paragraphs.join('')).toContain('2019年春天');
  });
});
