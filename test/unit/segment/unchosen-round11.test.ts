// Layouts met in the eleventh single-story round of issue #12 (an unchosen sample of stored page texts): credit lines
// of a role word, a bar or slash and names; an editor's note opened by its bracketed label; a browser title run
// onto its "you are here" path. Texts written here; each page holds one story.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));
const para = (n: number) => `第${n}段:这是报道的正文,记述了采访中的所见所闻,内容翔实,细节丰富,读来令人印象深刻。`;

describe('credit lines of a role word, a bar or a slash, and names', () => {
  it('name the writer and head no story: the page keeps its headline', () => {
    const page = ['老街上的手艺人:三十年只做一件事', para(1), '作者 | 王雅静', '编辑 | 李明 张华', '守住一门手艺', para(2), para(3)].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['老街上的手艺人:三十年只做一件事']);
    expect(seg.articles[0]!.byline?.authors).toEqual(['王雅静']);
  });

  it('a reporter credited after a slash under the headline is the byline, not a second headline', () => {
    const page = ['陈老师:「我想让孩子们看见更大的世界」', '記者/林志明', `「${para(1)}」`, para(2), '「山裡的教室」,不只是教室', para(3)].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['陈老师:「我想让孩子们看见更大的世界」']);
  });

  it('leave a headline parted by a bar alone: the words after it are no names', () => {
    const seg = text(['两会速递 | 代表委员热议民生实事', para(1), para(2)].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['两会速递 | 代表委员热议民生实事']);
  });
});

describe("an editor's note opened by its bracketed label under the headline", () => {
  it('is no headline: the page is one story under its own', () => {
    const page = ['某某号 |一场大雨过后,这座城市的记忆', '【编者注】来自某某公众号,原文已删除', para(1), para(2), para(3)].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['某某号 |一场大雨过后,这座城市的记忆']);
  });
});

describe("a browser title run onto its 'you are here' path, above the page's headline", () => {
  it('is furniture: the post is one story under its headline, the column label and credits below no story of their own', () => {
    const title = '摄影记者张某某:从业近十年,始终珍视用镜头记录这座城市变迁的机会';
    const page = [
      `${title} 您所在的位置:网站首页 摄影记者是什么职业 ${title}`,
      title,
      '2024-06-13 19:19| 来源: 网络整理| 查看: 265',
      '原创 周明 某某训练营 收录于话题#记者手记 21 个',
      '成为一名摄影记者需要什么?耐心?勇气?还是运气?',
      para(1),
      para(2),
      '/ 记者手记 /',
      '作者 | 周明',
      '编辑 | 冯平 胡丽',
      '最好的照片在下一张',
      para(3),
      para(4),
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual([title]);
  });

  it('a line that only names the path, with no title run before it, is left to the breadcrumb readers', () => {
    const seg = text(['当前位置:首页 > 新闻中心 > 正文', '老街上的手艺人:三十年只做一件事', para(1), para(2)].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['老街上的手艺人:三十年只做一件事']);
  });
});
