// Layouts met in the ninth single-story round of issue #12 (an unchosen sample of stored page texts): a headline
// holding a role word read as a byline; a layout table's row of headline and writer's name kept as one line; an
// e-paper title listed on one line over its kicker, headline and deck; a page text opening on its headline over its
// lead, with section heads over an interview's first turn. Texts written here; each page holds one story.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));
const para = (n: number) => `第${n}段:这是报道的正文,记述了采访中的所见所闻,内容翔实,细节丰富,读来令人印象深刻。`;

describe('a headline holding a role word', () => {
  it('heads its story, not read as a byline whose name is the words after the role word', () => {
    const seg = text(['新闻现场,就是记者的战场', '来源:某某网 2025-06-16 06:47', para(1), para(2)].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['新闻现场,就是记者的战场']);
    expect(seg.articles[0]!.byline).toBeNull();
  });

  it('leaves a byline of a role word and a surnamed name as it is', () => {
    const seg = text(['老街上的手艺人', '本报记者王雅静', para(1), para(2)].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['老街上的手艺人']);
    expect(seg.articles[0]!.byline?.reporters).toEqual(['王雅静']);
  });
});

describe("a layout table's row of headline and writer's name kept as one line", () => {
  it('is set out as its cells: the headline heads the story', () => {
    const seg = text(['| | 接触报纸的过去 | | 李玉兰 | |', para(1), para(2), para(3)].join('\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['接触报纸的过去']);
    expect(seg.articles[0]!.paragraphs.join('')).not.toContain('|');
  });
});

describe('an e-paper title listed on one line over its kicker (wrapped), headline and deck', () => {
  it('is headed by the middle part, the deck its subheadline', () => {
    const page = [
      '01版:要闻', '', '02版:要闻', '',
      '出席第二次会晤并进行国事访问 某某抵达某城 与总理举行会见',
      '出席第二次会晤',
      '并进行国事访问',
      '某某抵达某城',
      '与总理举行会见',
      '',
      '( 2019-10-12 ) 稿件来源:某某日报 要闻',
      '',
      '新华社某城10月11日电(记者张三)某某11日抵达某城,与总理举行会见。',
      '',
      para(1),
    ].join('\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['某某抵达某城']);
    expect(seg.articles[0]!.subheadline).toBe('与总理举行会见');
  });
});

describe('a page text opening on its headline over its lead, section heads over the first turn below', () => {
  it('is one story under its headline, the lead its text', () => {
    const page = [
      '两千多个夜班,带给他怎样的感悟',
      '今年是报纸创刊七十周年。系列访谈今日推出第三期,副主编某某做客网站,畅谈自己与报纸的故事。',
      '以下是访谈文字实录:',
      '踩着改革的鼓点进入报社',
      '十三年平均每年两百多个夜班',
      '主持人:能不能先回顾一下您的职业生涯呢?',
      '某某:我是2005年8月来到报社工作的,刚刚大学毕业,一直在夜班,一个月要上两个星期的夜班。',
      '主持人:上夜班是一种怎样的体验呢?',
      '某某:每天和大家的作息颠倒,但是很快乐,因为这份工作让我见证了许多重要时刻。',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['两千多个夜班,带给他怎样的感悟']);
    expect(seg.articles[0]!.paragraphs.join('')).toContain('今年是报纸创刊七十周年');
  });
});
