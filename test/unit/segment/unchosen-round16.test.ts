// Layouts met in the sixteenth single-story round of issue #12 (a seventh unchosen sample of stored page texts): a
// feature's pictures, captions closed by their
// photographers' credits, between the byline and the text; a byline with the print source run on after the names;
// a post set one clause a line; an article stored as one line, its headline and fields parted from its text by
// spaces only. Texts written here; each page holds one story.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));
const para = (n: number) => `第${n}段:这是文章的正文,记述了作者多年来的所见所闻,内容翔实,细节丰富,读来令人印象深刻。`;

describe("a feature's pictures between its byline and its text, each caption closed by its credit", () => {
  it('are captions of the one story, not a gallery of credited items', () => {
    const seg = text(['读者回家', '本报记者 王明', '报社领导与读者代表合影。', '本报记者 赵亮摄', '读者代表在报社展板前留影。', '本报记者 赵亮摄', '社长向读者代表赠送纪念报。李强摄', para(1), para(2)].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['读者回家']);
    expect(seg.articles[0]!.paragraphs[0]).toContain('第1段');
  });
});

describe('a byline with the print source run on after the names, under a page title prefixed with the source\'s name', () => {
  it('is the byline, and the page\'s title prefixed with the source\'s name no headline over the headline printed below it', () => {
    const seg = text(['某某青年报:点燃激情 共筑家园', '日期:2012-01-10 作者: 编辑: 来源:', '点燃激情 共筑家园', '——读者回家侧记', '本报记者 崔明 辛亮 《 某某青年报 》( 2011年08月26日 04 版)', para(1), para(2)].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['点燃激情 共筑家园']);
    expect(seg.articles[0]!.byline?.reporters).toEqual(['崔明', '辛亮']);
  });
});

describe('a post set one clause a line', () => {
  it('is one story under its headline: the short lines with no mark are pieces of its sentences', () => {
    const lines = [
      '某某报,创刊四十周年快乐!',
      '话说四十年前,',
      '根据时任主管部门负责同志',
      '提出的“要办一张报纸”的指示,',
      '有关部门负责筹办这份报纸。',
      '第一期正式出版,',
      '题写报头的是老同志。',
      '主管部门领导小组',
      '成立各部门参加的编委会,',
      '对报纸加强指导。',
      '几年以后,',
      '经有关部门批准,',
      '报纸更名为今天的名字,',
      '这就是现在的我啦!',
      '目前,家族里有我和周末版',
      '以及两本杂志。',
      '家族里的网站创办多年,',
      '日更新量近两千条,',
      '我的官方微博早已开通,',
      '聚焦热点,传播声音。',
    ];
    const seg = text(lines.join('\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['某某报,创刊四十周年快乐!']);
  });
});

describe('an article stored as one line: headline, labelled fields, then the text, parted by spaces', () => {
  it('is one story under its headline, the fields no part of its text', () => {
    const body = '虽然干这行已经二十多年,但我似乎还没有厌倦,所以才有了这本书。 上世纪八十年代末,我上大学时,记者是个很光鲜的职业,包括我在内的很多人都心向往之。';
    const seg = text(`我当编辑这些年 作者:王明 来源:《某某杂志》 2019年第15期 王明 ${body}`);
    expect(seg.articles.map((a) => a.headline)).toEqual(['我当编辑这些年']);
    expect(seg.articles[0]!.paragraphs[0]).toMatch(/^虽然干这行/);
  });
});
