// Layouts of WeChat public-account articles and self-media posts (issue 12, round 4): a reading-time line under the
// headline, the account's credit line between the headline and a bare date, a lecture's title named in the lead and
// printed again as a part head below a speaker's card. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const BODY = [
  '上周末,市图书馆新馆正式开放,首日接待读者一万两千余人次,馆方延长了开放时间,直到晚上十点才闭馆。',
  '新馆共有六层,设有少儿阅读区、古籍修复展示区和24小时自助借还区,藏书总量达到三百万册。',
];

describe('a public-account post', () => {
  it('reads the account\'s credit line between the headline and the date as no headline', () => {
    const seg = text(['查看原文', '也谈新馆:公共(非商业)阅读空间下的别样高度与落地批判', '王小明 城市读书会', '2024-10-08', ...BODY].join('\n\n'));
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('也谈新馆:公共(非商业)阅读空间下的别样高度与落地批判');
  });

  it('reads the line over a reading-time line as the headline, the reading time as no words of the story', () => {
    const seg = text(['新馆开放第一天,我排了两个小时的队。。。', '共 3210字,需浏览 7分钟', ' ·', '2020-12-08 17:37', ...BODY].join('\n\n'));
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('新馆开放第一天,我排了两个小时的队。。。');
    expect(seg.articles[0]?.paragraphs.join('')).not.toMatch(/需浏览|^·/);
  });

  it('keeps a lecture printed under the title its lead names, and the speaker card before it, in the one story', () => {
    const seg = text([
      '名家讲座实录 | 李教授:城市阅读空间的变迁',
      '市图书馆系列讲座开讲,李教授以《从书斋到客厅——城市阅读空间的变迁》为主题,讲述了公共图书馆百年来的变化。',
      '主讲人介绍\n李华教授,某大学图书馆学系主任\n长期从事公共图书馆史研究,著有多部专著。',
      '从书斋到客厅——城市阅读空间的变迁',
      '话题 1:图书馆为什么要变?\n  • 读者的需求变了吗?',
      ...BODY,
    ].join('\n\n'));
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('名家讲座实录 | 李教授:城市阅读空间的变迁');
  });
});
