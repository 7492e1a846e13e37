// A page text opening on a short headline over a deck twice its length (lib/segment/short-head.ts): the short line is
// the headline, the long one its deck — not a rubric over a headline. A kicker over a headline set with its own marks
// stays a kicker.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const body = [
  '今年以来，市里共新建改建社区食堂四十二家，覆盖老年人口超过六万，每天供餐一万余份，价格比市场低两成左右。',
  '记者走访多个社区看到，食堂大多设在社区服务中心一楼，菜品每天更新，不少老人吃完饭还会在活动室下棋聊天。',
  '市民政局有关负责人表示，下一步将推动食堂向农村延伸，并探索引入社会力量参与运营，让服务更可持续。',
].join('\n\n');

describe('a short headline over its long deck', () => {
  it('heads the story with the short first line', () => {
    const r = text(`社区食堂暖人心\n\n老人家门口吃上热乎饭菜城市养老服务网络越织越密\n\n${body}`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('社区食堂暖人心');
  });

  it('keeps a kicker over a headline set with its own marks', () => {
    const r = text(`社区食堂暖人心\n\n老人家门口吃上热乎饭菜，城市养老服务网络越织越密\n\n${body}`);
    expect(r.articles[0]?.headline).toBe('老人家门口吃上热乎饭菜，城市养老服务网络越织越密');
  });
});
