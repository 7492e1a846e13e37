// Layouts met in the forty-fifth held-out round of issue #19 (a thirteenth unchosen sample): a journal's news column
// of headless one-paragraph reports under section labels spaced out letter by letter ("会 议", "经 科"). Texts
// written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const column = [
  '首页  > 地方动态   > 正文',
  '地方动态',
  '2022年第3期 地方动态',
  '会 议',
  '2021年9月12日,某市政协召开城市更新座谈会,围绕老旧小区改造提出意见建议。市政协主席出席并讲话。',
  '某省文化厅日前在省会召开非遗保护工作会议。与会专家分别介绍各地经验,并就下一步工作进行交流。',
  '交 流',
  '近日,某市青年创业协会组织会员赴外地考察,学习当地发展电商的做法,并与当地企业签订合作意向书。',
  '2021年10月5日,某县举办农产品推介会,来自各地的采购商与种植户现场洽谈,签约金额逾千万元。',
].join('\n\n');

describe('a news column of headless reports under letter-spaced section labels', () => {
  it('reads each report as a story of its own, the labels and head lines as rubrics', () => {
    const seg = text(column);
    expect(seg.articles.map((a) => a.headline)).toEqual(['', '', '', '']);
    expect(seg.articles.map((a) => a.paragraphs[0]?.slice(0, 6))).toEqual(['2021年9', '某省文化厅日', '近日,某市青', '2021年1']);
    expect(seg.rubrics).toContain('会 议');
  });

  it('keeps a paragraph that opens on no date with the report above it', () => {
    const follow = column.replace('签约金额逾千万元。', '签约金额逾千万元。\n\n推介会期间,主办方还组织采购商参观了当地的种植基地和加工企业。');
    const seg = text(follow);
    expect(seg.articles).toHaveLength(4);
    expect(seg.articles[3]!.paragraphs).toHaveLength(2);
  });

  it('leaves a paper with spaced section heads over paragraphs that open on no date one article', () => {
    const paper = [
      '城市更新中的社区参与研究',
      '引 言',
      '城市更新是当前城市发展的重要议题,社区居民的参与程度直接影响更新项目的实施效果和社会认同。',
      '本文以若干城市的改造项目为例,分析社区参与的方式、渠道与成效,并提出改进的建议。',
      '结 论',
      '研究表明,社区参与能够提高更新项目的公众满意度,但参与渠道仍需进一步拓宽和规范。',
      '今后应当建立常态化的居民议事机制,使社区参与贯穿城市更新的全过程。',
    ].join('\n\n');
    const seg = text(paper);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]!.headline).toBe('城市更新中的社区参与研究');
  });
});
