// Layouts met in the thirty-fifth held-out round of issue #19: a digest whose headless items are numbered in round
// brackets ("(1) …", "（2）…"), under a section label and an editors' note; an e-paper page view whose headlines run
// into their datelined first paragraphs after a run of spaces. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

describe('headless items numbered in round brackets', () => {
  const page = [
    '每日摘要',
    '编者:本摘要选自多家报刊,仅供参考。',
    '(一) 国际',
    '(1) 某国气象部门3日发布暴雪预警,多地学校停课,交通受到影响。',
    '(2)某国央行4日宣布维持利率不变,并表示将继续观察通胀走势。',
    '（3）某港口5日恢复运作,此前因罢工关闭了一周。',
  ].join('\n\n');

  it('reads each numbered item as a story of its own', () => {
    const firsts = text(page).articles.map((a) => a.paragraphs.join('').slice(0, 6));
    expect(firsts).toEqual(['(1) 某国', '(2)某国央', '（3）某港口']);
  });
});

describe('a headline run into its datelined first paragraph after a run of spaces', () => {
  const page = [
    '01版:要闻',
    '02版:综合',
    '前一版 下一版 2026年03月02日',
    '全市春耕生产全面展开   本报讯 3月1日,全市各地抢抓农时,春耕生产全面展开,已完成早稻育秧两万亩。',
    '农技人员深入田间,指导农户科学施肥。',
    '新区首批人才公寓交付   新华社南宁3月1日电 3月1日,新区首批人才公寓正式交付,三百多名青年人才领到钥匙。',
  ].join('\n\n');

  it('reads the run-in line as the story\'s headline, the dateline out of its text', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['全市春耕生产全面展开', '新区首批人才公寓交付']);
    expect(seg.articles[1]!.paragraphs[0]).toMatch(/^3月1日,新区首批人才公寓正式交付/);
  });
});
