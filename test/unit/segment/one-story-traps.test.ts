// One-story traps of the twenty-fourth held-out round (issues #12/#19): a feature whose headline is given inside
// its dateline line, with exclamatory one-line paragraphs, stays one story under that headline; beside it, the
// layouts that must still split. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { datelineTitleAt } from '../../../lib/segment/dateline-title';
import { expectExactSourceMaps } from './helpers';

const text = (s: string) => segment(blocksFromText(s));

describe('a headline given in the dateline line (…电 题：…)', () => {
  const feature = [
    '返回',
    '2021年5月8日',
    '新华社兰州5月8日电 题：河谷新绿——黄河岸边一个村庄的十年',
    '新华社记者张三、李四',
    '有一种坚守,扎根于河谷。',
    '风沙漫卷、沟壑纵横……千百年来,这里的人们靠天吃饭,日子过得紧巴巴。',
    '有一种希望,生长于河谷!',
    '当一排排果树在荒坡上挂满果实;当一条条水渠把黄河水引上台地……',
    '大河见证的,是汗水对荒原的全新书写,以青春为笔,以奋斗作墨!',
    '水之变',
    '一条渠,有时意味的不仅是水,更连接着一种命运和全部希望。',
    '“就是挖,也要挖出一条渠来。”刚刚回到村子的第二年,王大山就暗自下了决心!',
    '多年来,村里三百多户人家靠天吃饭:辛辛苦苦种下的麦子,一场旱灾就颗粒无收;孩子上学要走两个多小时山路……',
    '一定要把黄河水引上台地!',
    '全村人咬牙干了起来,男人挖土、放炮,妇女、老人抬石块……',
  ].join('\n\n');

  it('reads one story under the headline the dateline line gives, its exclamations its own lines', () => {
    const blocks = blocksFromText(feature);
    const seg = segment(blocks);
    expect(seg.articles).toHaveLength(1);
    const a = seg.articles[0]!;
    expect(a.headline).toBe('河谷新绿——黄河岸边一个村庄的十年');
    expect(a.dateline?.place).toBe('兰州');
    expect(a.paragraphs[0]).toBe('有一种坚守,扎根于河谷。');
    expect(a.paragraphs).toContain('有一种希望,生长于河谷!');
    expect(a.paragraphs).toContain('一定要把黄河水引上台地!');
    expectExactSourceMaps(seg, blocks);
  });

  it('finds the headline after the dateline only where the line holds one, not a sentence', () => {
    expect(datelineTitleAt('新华社兰州5月8日电 题：河谷新绿')).toBeGreaterThan(0);
    expect(datelineTitleAt('新華社貴陽2月12日電 題:山鄉巨變')).toBeGreaterThan(0);
    expect(datelineTitleAt('新华社兰州5月8日电 题：村里三百多户人家今年都用上了黄河水。')).toBe(-1);
    expect(datelineTitleAt('新华社兰州5月8日电 记者从甘肃省水利厅获悉')).toBe(-1);
  });

  it('still splits a page of several titled datelines, one report each', () => {
    const page = [
      '新华社兰州5月8日电 题：河谷新绿',
      '村里三百多户人家今年都用上了黄河水,果树在荒坡上挂满果实,村民的收入比十年前翻了两番。',
      '新华社西宁5月8日电 题：高原牧场',
      '青海湖畔的牧民今年迎来了好收成,草场恢复了生机,牛羊膘肥体壮,牧民们的笑容多了起来。',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.dateline?.place)).toEqual(['兰州', '西宁']);
  });
});
