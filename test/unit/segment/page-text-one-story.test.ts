// A page text that names its headline (a date or source line under it) is one story unless its parts open like
// stories of their own: marked captions and subheads inside it do not split it; a digest's repeated items do.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const seg = (s: string) => segment(blocksFromText(s));

describe('a page text under its own headline', () => {
  it('keeps marked video captions inside the one story', () => {
    const s = seg(`市长来到新建的城市图书馆调研

2024-03-05 10:12:40 [来源:本地新闻网] [责编:张华]

3月5日上午，市长来到新建成的城市图书馆调研，了解开馆准备情况。

上午，市长先来到少儿阅览区，同正在布展的工作人员交流。

△视频：市长在少儿阅览区

之后，市长来到古籍修复室，观看修复师傅的操作，鼓励他们把技艺传下去。

△视频：市长在古籍修复室

市长在座谈时说，图书馆要办成市民家门口的书房。`);
    expect(s.articles).toHaveLength(1);
    expect(s.articles[0]?.headline).toBe('市长来到新建的城市图书馆调研');
    expect(s.articles[0]?.paragraphs.join('')).toContain('市长在座谈时说');
  });

  it('still splits a digest whose marked items repeat down the page', () => {
    const s = seg(`本地手机报2024年3月5日

05.03.2024  19:54

*城市图书馆月底开馆

新建成的城市图书馆将于本月底开馆，首批开放少儿阅览区和古籍修复室，市民可预约参观。

*地铁三号线试运行

地铁三号线今天起进入试运行阶段，全线设站二十座，预计下半年正式开通载客运营。

*春季植树活动启动

全市春季义务植树活动今天启动，各区将在河道两岸和公园新植树木五万株以上。`);
    expect(s.articles.map((a) => a.headline)).toEqual(['城市图书馆月底开馆', '地铁三号线试运行', '春季植树活动启动']);
  });
});
