// Layouts met in the thirteenth single-story round of issue #12 (a fifth unchosen sample of stored page texts): an
// e-paper view's list of the page's headlines at its foot, printing the story's short headline again; a paper's
// name in English under a Chinese headline closed by a backslash and the writer's name. Texts written here; each
// page holds one story. (The round's other two layouts, an introduction set one phrase a line under the dated
// headline and a photo feature's captions each printed twice above its text, are held by the real pages in
// test/unit/real/zh.test.ts, which fail without them.)
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));
const para = (n: number) => `第${n}段:这是报道的正文,记述了采访中的所见所闻,内容翔实,细节丰富,读来令人印象深刻。`;

describe("an e-paper view's headline list at its foot, naming the story's short headline", () => {
  const page = ['当前位置:晚报数字版', '3 上一篇 下一篇 4 放大 缩小 默认', '读者来信', '春风送暖', '2011年03月21日 作者:', para(1), para(2), '3 上一篇 下一篇 4 放大 缩小 默认', '错了就改', '评报员之窗', '春风送暖', '爷爷的老屋'].join('\n');

  it('is furniture: the story keeps its headline, printed twice, and the list is none of its text', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['春风送暖']);
    expect(seg.articles[0]!.paragraphs.join('')).not.toContain('评报员之窗');
  });
});

describe("a Chinese headline closed by a backslash and the writer's name, over the paper's name in English", () => {
  it('is the headline without the name; the English line heads nothing', () => {
    const seg = text(['小园集/街角的书店\\王 明', 'Ta Kung Pao', para(1), para(2), para(3)].join('\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['小园集/街角的书店']);
  });
});
