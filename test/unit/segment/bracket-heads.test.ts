// Headlines set in lenticular brackets and run into the item's text (lib/segment/bracket-heads.ts): a digest of other
// outlets' stories prints "【标题】正文…" under a section label. Each bracket is the item's headline, shown without the
// brackets, and the label above is no headline; a wire's datelines in the same brackets ("【路透社北京12日电】") stay
// datelines, not headlines.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const DIGEST = `城市观察

【老街改造后,周末的人流回来了吗?】上个月完成改造的老街迎来第一个周末,街口的糖水铺排起了长队。不少市民说,石板路修好以后,带孩子来散步方便多了。
改造期间,街上的二十多家老店大多坚持营业,店主们说,最难熬的是去年冬天,那时街面封了一半,客人少了一大半。>>详情

【地铁新线试运行,沿线学校调整上学时间】新线本周开始空载试运行,沿线三所中学已经通知家长,下学期起早读时间推后二十分钟,方便学生换乘。
交通部门表示,试运行期间将重点检查信号系统和站台门,正式开通日期将另行公布。>>详情

【一场暴雨,让旧城的排水短板露了底】昨夜的暴雨让旧城四个路口积水没过脚踝,环卫工人连夜清理,早高峰时大部分路段已经恢复通行。
专家建议,旧城管网应当分片改造,先从低洼路口做起,同时给老小区加装雨水收集设施。>>详情`;

describe('headlines in lenticular brackets run into the text', () => {
  it('reads each bracket as its item headline, without the brackets', () => {
    const { articles } = extractText(DIGEST, { gazetteer: null });
    expect(articles.map((a) => a.headline)).toEqual([
      '老街改造后,周末的人流回来了吗?',
      '地铁新线试运行,沿线学校调整上学时间',
      '一场暴雨,让旧城的排水短板露了底',
    ]);
    expect(articles[0]!.paragraphs[0]).toMatch(/^上个月完成改造的老街/);
  });

  it('leaves a wire dateline in brackets to the text', () => {
    const wire = `【路透社北京12日电】代表团今天上午结束了为期一周的访问,离开前同当地商会代表举行了座谈,双方就扩大贸易交换了意见。

【法新社北京12日电】代表团在访问期间参观了三座工厂和一所大学,并同当地官员讨论了农业合作的安排。`;
    const { articles } = extractText(wire, { gazetteer: null });
    expect(articles.every((a) => !a.headline.includes('电'))).toBe(true);
  });
});
