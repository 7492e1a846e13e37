// A title given as a labelled field on a page's first line ("标题:…", title-label.ts): the label is no word of the
// headline a reader sees.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

describe('a labelled title line', () => {
  it('heads the story without its 标题: label', () => {
    const text = [
      '标题:信阳市区交通出行实时提示',
      '今天上午，市区主要道路车流平稳，部分路口在早高峰时段出现短时拥堵，交警部门已在现场疏导。',
      '京港澳高速信阳段今天通行正常，沿线服务区运营有序，请驾驶员注意休息，安全驾驶。',
    ].join('\n\n');
    const { articles } = segment(blocksFromText(text));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toBe('信阳市区交通出行实时提示');
  });
});
