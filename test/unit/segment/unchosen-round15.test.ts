// Layouts met in the fifteenth single-story round of issue #12 (a sixth unchosen sample of stored page texts): a
// column's marked byline of the writer's name and post in brackets under a short headline; a headline opened by a
// quoted sentence over its date line; a title line under the editor's introduction of its writer, over a paragraph
// opened by the writer's credit; a column's headline ending in 记者 read as a byline of 'names'. Texts written here;
// each page holds one story.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parseBylineLine } from '../../../lib/segment/byline';

const text = (s: string) => segment(blocksFromText(s));
const para = (n: number) => `第${n}段:这是文章的正文,记述了作者多年来的所见所闻,内容翔实,细节丰富,读来令人印象深刻。`;

describe("a marked line of the writer's name and post in brackets under a short headline", () => {
  it('is the byline: the headline above heads the one story', () => {
    const seg = text(['《读书周刊》', '■ 王建国(某某大学历史系教授)', para(1), para(2)].join('\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['《读书周刊》']);
  });
});

describe('a headline opened by a quoted sentence, over its date line', () => {
  it('is the headline, not a paragraph under a search-box label', () => {
    const seg = text(['熱門搜尋', '「做記者最大的收穫,是學會聆聽。」那些年,在街頭奔走的人', '2021-03-05', para(1), para(2)].join('\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['「做記者最大的收穫,是學會聆聽。」那些年,在街頭奔走的人']);
  });
});

describe("a title line under the editor's introduction of its writer, over a paragraph opened by the writer's credit", () => {
  it('heads the one story, the introduction kept in its text', () => {
    const intro = '李明远,1990年生,毕业于某某大学新闻学院,现为某报记者,长期从事调查报道工作,曾获多项新闻奖项。';
    const seg = text([intro, '李明远应邀为本栏目撰稿。', '青年说丨从课堂到现场,我的第一次采访', '本文作者:李明远那是我入职的第一个月。', para(1), para(2)].join('\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['青年说丨从课堂到现场,我的第一次采访']);
    expect(seg.articles[0]!.paragraphs[0]).toContain('1990年生');
  });
});

describe("a column's headline ending in 记者", () => {
  it('is no byline: a pronoun, a verb of saying or the column bar is in no name', () => {
    expect(parseBylineLine('青年记者说丨毕业之后,她立志当一名记者')).toBeNull();
    expect(parseBylineLine('本报记者 怀特乌鲁斯')).not.toBeNull();
  });
});
