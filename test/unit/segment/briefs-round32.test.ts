// Layouts met in the thirty-second held-out round of issue #19: People's Daily pages of 1950–1999 as page archives
// give them. A report's deck printed as one sentence closed by a full stop, under its kicker and headline, just
// above the bracketed dateline that opens the report; an archive's index line running the page code and the
// headline together ("b2-…") over the paper's own headline line. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

describe('a deck closed by a stop above the report\'s dateline', () => {
  const page = [
    '1952年3月4日人民日报 第1版',
    '第1版()',
    '专栏:',
    '全国供销合作社代表会议第三日',
    '代表们讨论收购农产品的计划',
    '会议进入分组讨论阶段,各省代表对计划草案提出了补充意见。',
    '【新华社三日讯】全国供销合作社代表会议今日继续举行,代表们讨论了今年收购农产品的计划草案和供应农具的办法。',
    '各省代表在发言中介绍了去年收购工作的经验,并提出了改进意见。',
  ].join('\n\n');

  it('reads the sentence as the deck of the report the dateline opens, not a story of its own', () => {
    const seg = text(page);
    expect(seg.articles).toHaveLength(1);
    const a = seg.articles[0]!;
    expect(a.headline).toBe('代表们讨论收购农产品的计划');
    expect(a.subheadline).toBe('会议进入分组讨论阶段,各省代表对计划草案提出了补充意见。');
    expect(a.dateline).not.toBeNull();
    expect(a.paragraphs[0]).toMatch(/^全国供销合作社代表会议今日继续举行/);
    expect(a.paragraphs.join('')).toContain('各省代表在发言中介绍了');
  });

  it('keeps a headed story of two sentences apart from the datelined brief after it', () => {
    const briefs = [
      '国际简讯',
      '南斯拉夫举行议会选举',
      '南斯拉夫议会选举昨日举行。投票将持续两天。',
      '【新华社布拉格三日电】捷克斯洛伐克政府今天宣布,全国春季播种工作已经开始,各地农民正在积极准备种子和肥料。',
    ].join('\n\n');
    const seg = text(briefs);
    expect(seg.articles).toHaveLength(2);
    expect(seg.articles[0]!.paragraphs[0]).toMatch(/^南斯拉夫议会选举昨日举行/);
    expect(seg.articles[1]!.paragraphs[0]).toMatch(/^捷克斯洛伐克政府今天宣布/);
  });
});

describe('an archive\'s page-code line over the headline it repeats', () => {
  const page = [
    '人民日报>19640312',
    'b2-北京市郊区积极准备春耕生产',
    '北京市郊区积极准备春耕生产',
    '新华社北京3月11日电北京市郊区各人民公社正在积极准备春耕生产。',
    '各公社已经修好了大部分农具,并且准备了充足的肥料和种子。',
    'b2-天津市举办青年业余美术展览',
    '天津市举办青年业余美术展览',
    '新华社天津3月11日电天津市青年业余美术展览今天开幕,展出作品三百多件。',
  ].join('\n\n');

  it('reads the headline without the page code', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['北京市郊区积极准备春耕生产', '天津市举办青年业余美术展览']);
  });
});
