// A listing of teasers closed by read-on links under its slogan (lib/segment/read-on-starts.ts): a digest page
// opens on a short line of its own ("晚间速递,每晚九点准时送达。…") over headless teasers, each closed by
// "阅读全文>>>". The slogan is the listing's, no teaser's opening: the first teaser begins with its own first words.
// A page closed by one link only is no listing, and keeps its first line in its text.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const LISTING = `晚间速递,每晚九点准时送达。陪你读懂这一天。

今天上午,城东新建的跨江大桥完成最后一段桥面铺设,工程负责人说,大桥将在下月进行荷载试验,试验合格后再进行交通标线施工和照明调试。

这座大桥全长两千多米,是本市第三座跨江大桥,三年前开工建设,施工期间曾因汛期两次停工,工人们在冬季加班抢回了工期。

大桥通车后,城东到老城区的车程将从四十分钟缩短到十五分钟左右,附近居民和沿线商户对此十分期待,不少人已经开始打听通车的具体日子。阅读全文>>>

本周末,市博物馆将举办一场古代钱币特展,展出两百多件馆藏钱币,其中不少是第一次与观众见面,展期将持续到明年春节以后。

策展人介绍,展览按照朝代顺序分为五个单元,从早期的贝币、刀币一直到近代的银元和纸币,还专门设置了互动区让孩子们动手拓印。

博物馆提醒观众提前在网上预约参观时段,每天限额三千人,周一闭馆,节假日期间开放时间将延长到晚上八点。阅读全文>>>`;

describe('a listing of read-on teasers under its slogan', () => {
  it('begins the first teaser under the slogan line', () => {
    const { articles } = extractText(LISTING, { gazetteer: null });
    expect(articles).toHaveLength(2);
    expect(articles[0]!.paragraphs[0]).toMatch(/^今天上午,城东新建/);
    expect(articles[1]!.paragraphs[0]).toMatch(/^本周末,市博物馆/);
  });

  it('keeps the first line where one link only closes a paragraph', () => {
    const one = LISTING.replace('晚上八点。阅读全文>>>', '晚上八点。');
    const { articles } = extractText(one, { gazetteer: null });
    expect(articles.some((a) => a.paragraphs[0]?.startsWith('今天上午'))).toBe(false);
  });
});
