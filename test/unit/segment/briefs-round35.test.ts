// Layouts met in the thirty-fifth held-out round of issue #19: a digest whose headless items are numbered in round
// brackets ("(1) …", "（2）…"), under a section label and an editors' note. Texts written here.
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
