// A team's credit line under an e-paper headline ("…采编团队", lib/segment/role-credits.ts) and a post's
// account-and-date line under its headline ("某某日报 2024-05-06", lib/segment/account-dates.ts), issue 12: the
// page's headline stays the story's headline, not the credit line nor a reporter's part title further down.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { isAccountDateLine } from '../../../lib/segment/account-dates';

const EPAPER = `第A08版:特别报道 上一版3  4下一版
一座城与一张报纸的四十年
      
返回主页 | 江城晚报 | 标题导航 | 江城日报      
上一期  下一期
一座城与一张报纸的四十年
江城晚报采编团队

四十年前的春天,第一张江城晚报从老印刷厂送到街头的报摊上,读者排起长队,只为先睹为快。这些年来,报纸换了版式,也换了印刷机,不变的是对这座城市的关注。

在老读者的记忆里,晚报是每天傍晚准时送到家门口的老朋友,陪着他们看城市一点点长大。

一位退休教师说,她家里至今保存着创刊号,纸页泛黄,字迹却依然清楚。`;

const POST = `查看原文
其他

愿每一次出发都有人等你回来

江城日报 2024-05-06

2023年11月8日

第二十四个记者节

写给读者的话



老街上的那通电话
讲述人:江城日报记者王明


老街上的那通电话,是去年汛期过后一位老人打来的:“王记者,我家门口的水已经退了,谢谢你们那天晚上赶过来。”

老街上的积水退去以后,那位老人又打来了电话。那天夜里,我们冒雨赶到低洼的老街,帮着把老人从积水的屋里接了出来。

后来每到下雨天,我都会想起那条老街,想起老人站在门口挥手的样子,想起那一晚同事们湿透的衣服。`;

describe('credit and account lines under a page headline', () => {
  it('reads a team credit line under an e-paper headline as a credit, keeping the headline', () => {
    const articles = extractText(EPAPER, { gazetteer: null }).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toBe('一座城与一张报纸的四十年');
    expect(articles[0]!.paragraphs[0]).toMatch(/^四十年前的春天/);
  });

  it("keeps a post's headline signed by its account-and-date line over a reporter's part title below", () => {
    const articles = extractText(POST, { gazetteer: null }).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toBe('愿每一次出发都有人等你回来');
  });

  it('tells an account-and-date line from an edition date line', () => {
    expect(isAccountDateLine('江城日报 2024-05-06')).toBe(true);
    expect(isAccountDateLine('2017-07-19 江城传媒书院')).toBe(true);
    expect(isAccountDateLine('2024年5月6日 星期一')).toBe(false);
    expect(isAccountDateLine('江城日报记者王明在现场采访了三个小时 2024-05-06')).toBe(false);
  });
});
