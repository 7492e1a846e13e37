// Layouts met in the forty-seventh held-out round of issue #19 (a fifteenth unchosen sample): a morning brief whose
// items a rule line parts, and a feed copy's teasers each opened by an empty markdown picture. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

describe('a morning brief whose items are parted by rule lines', () => {
  const brief = [
    '(想收到早报吗?点击这里注册。)',
    '早安。',
    '港口罢工进入第二周,新桥通车,以及一只走失的猫回到了家。这里是今日不容错过的新闻:',
    '• 北方港口的码头工人周一连续第七天罢工,港务局表示已有四十艘货轮在海上等候卸货。',
    '工会领导人表示,在港务局提高加薪方案之前,工人们不会复工。',
    '_____',
    '某某/通讯社 新桥通车当天,市民步行走过桥面。',
    '• 连接城市南北两岸的新桥周日正式通车,市长在通车仪式上表示,新桥将使跨江通勤时间缩短一半。',
    '交通部门预计,每天将有约五万辆汽车经过新桥。',
    '_____',
    '• 走失的猫回家了。',
    '一只走失了三年的家猫上周出现在原主人家门口,主人说它看起来比离家时还胖了一些。',
    '兽医通过芯片确认了它的身份,并表示它的健康状况良好。',
  ].join('\n\n');

  it('opens an item under each rule and under the standfirst, with the short bulleted line as a headline', () => {
    const seg = text(brief);
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles[0]!.paragraphs.join('')).toMatch(/^• 北方港口/);
    expect(seg.articles[1]!.paragraphs.join('')).toMatch(/^• 连接城市南北/);
    expect(seg.articles[2]!.headline).toMatch(/走失的猫回家了/);
    expect(seg.articles[2]!.paragraphs[0]).toMatch(/^一只走失了三年/);
  });
});

describe("a feed copy's teasers each opened by an empty markdown picture", () => {
  it('keeps the teasers\' text instead of dropping the lines as markup', () => {
    const feed = [
      '![]() 北方港口的码头工人周一连续第七天罢工,港务局表示已有四十艘货轮在海上等候卸货,工会说工人不会复工。...阅读全文>> |',
      '![]() 连接城市南北两岸的新桥周日正式通车,市长在通车仪式上表示,新桥将使跨江通勤时间缩短一半。...阅读全文>> |',
      '![]() 一只走失了三年的家猫上周出现在原主人家门口,兽医通过芯片确认了它的身份,并表示它的健康状况良好。...阅读全文>> |',
    ].join('\n\n');
    const seg = text(feed);
    const all = seg.articles.flatMap((a) => a.paragraphs).join('\n');
    for (const words of ['北方港口的码头工人', '连接城市南北两岸', '一只走失了三年']) expect(all).toContain(words);
    expect(all).not.toContain('![]');
  });
});
