// A one-story page set in parts headed 一、二、 under its title line (part-title.ts): the title line is the headline and
// the part heads stay in the story's text, wherever the title line sits among the page's first lines.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

describe('a title line over parts headed 一、二、', () => {
  it('heads the one story with the title line, not with the line the page opens on', () => {
    const text = [
      '首页 > 本地新闻 > 正文',
      '信阳市今日交通出行提示',
      '一、信阳市区交通状况实时更新',
      '今天上午，市区主要道路车流平稳，部分路口在早高峰时段出现短时拥堵，交警部门已在现场疏导。',
      '二、高速公路通行情况',
      '京港澳高速信阳段今天通行正常，沿线服务区运营有序，请驾驶员注意休息，安全驾驶。',
    ].join('\n\n');
    const { articles } = segment(blocksFromText(text));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toBe('信阳市今日交通出行提示');
    expect(articles[0]!.paragraphs).toContain('二、高速公路通行情况');
  });
});
