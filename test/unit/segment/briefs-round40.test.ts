// Layouts met in the fortieth held-out round of issue #19 (an eighth unchosen sample): a repost of a morning news
// digest whose item pictographs its encoding turned into "?", under a title and a spoken greeting that invites the
// listener to learn the day's news. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const items = [
  '?市政府昨日公布新一輪公共房屋計劃,未來五年將興建三萬個單位。房屋局表示,首批單位預計明年年底落成,申請人可於下月起登記。',
  '?一艘貨輪昨晚在港口外海擱淺,船上二十名船員全部獲救。海事處已派員到場監察,暫未發現油污洩漏,航道運作如常。',
  '?本地大學研究團隊研發出新型電池材料,充電速度較現有產品快一倍。團隊表示,將與業界合作,爭取三年內推出市場。',
];

describe('a digest whose item marks were lost to "?" under a greeting that invites the reader to the news', () => {
  const page = ['【早安新聞】2020年3月2日', '大家早上好!今天是3月2日,星期一。一起來了解過去24小時最值得關注的新聞資訊。', ...items].join('\n\n');

  it('reads each "?"-opened paragraph as a headless story of its own, the greeting no story', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['', '', '']);
    expect(seg.articles.map((a) => a.paragraphs[0]?.slice(0, 4))).toEqual(['?市政府', '?一艘貨', '?本地大']);
    expect(seg.articles.flatMap((a) => a.fragments)).toEqual([]);
  });

  it('keeps the items as the text of one article under an essay\'s own opening', () => {
    // No greeting speaks of the news: an essay listing its points with lost marks stays one article.
    const essay = ['城市發展的三個面向', '城市發展涉及多個面向,本文從房屋、交通和科技三方面作出分析,並提出一些看法供讀者參考。', ...items].join('\n\n');
    const seg = text(essay);
    expect(seg.articles.map((a) => a.headline)).toEqual(['城市發展的三個面向']);
    expect(seg.articles[0]!.paragraphs.join('')).toContain('?本地大學研究團隊');
  });
});
