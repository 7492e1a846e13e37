// Digests of the day's news set as topic labels set off by a bar over ★-marked items under a dated title line, or as
// headless paragraphs under a numbered section lead-in ("一、国内热点新闻:"): each item is a story of its own.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

describe('digest items', () => {
  it('reads a topic label set off by a bar as its item\'s headline, and the dated title line as no story', () => {
    const seg = text(
      [
        '【本報訊】2024年3月5日要聞:',
        '★中東局勢丨聯合國安理會就加沙人道局勢再次舉行緊急會議,多國代表呼籲立即停火並開放更多援助通道 / 以色列方面表示將繼續在南部地區的行動;',
        '★歐洲能源丨歐盟各國能源部長在布魯塞爾開會,討論明年冬季天然氣儲備與價格上限的安排 / 德國表示支持延長現行的緊急措施;',
        '★日本央行行長表示將繼續維持寬鬆政策,直到通脹穩定達到百分之二的目標 / 日圓匯價隨即走弱;',
      ].join('\n\n'),
    );
    expect(seg.articles.map((a) => a.headline)).toEqual(['中東局勢', '歐洲能源', '']);
    expect(seg.articles[0]?.paragraphs.join('')).toMatch(/^聯合國安理會/);
  });

  it('reads headless paragraphs under a numbered section lead-in naming the news as one item each', () => {
    const seg = text(
      [
        '一、国内热点新闻:',
        '3月5日,国家统计局发布数据显示,一月至二月全国规模以上工业增加值同比增长百分之七,比去年全年加快一点五个百分点,制造业投资增速明显回升,高技术制造业增加值增长更快,显示经济运行开局良好。',
        '昨天,交通运输部召开新闻发布会,介绍春运期间全国铁路、公路、水路和民航累计发送旅客的情况,客流总量创历史新高,各地运输秩序总体平稳,未发生重大安全事故,旅客出行体验进一步改善。',
        '5日,教育部印发通知,要求各地进一步规范中小学课后服务,严禁以课后服务名义变相补课,并对收费标准和服务时间作出明确规定,确保学生自愿参加,家长可通过学校公开渠道反映问题。',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles.map((a) => a.paragraphs.join('').slice(0, 5))).toEqual(['3月5日,', '昨天,交通', '5日,教育']);
  });

  it('reads a briefs column\'s description and promotion, which speak to the reader, as no briefs', () => {
    const seg = text(
      [
        'Browsing: News Briefing',
        'Your daily summary of the news that matters, from every corner of the world. Why should your news take longer than your coffee?',
        'Get your morning bulletin from our newsroom.',
        'The city council approved a new budget on Tuesday that raises spending on road repairs and public transport by a tenth over last year.',
        'Heavy rain flooded several villages in the north overnight, forcing hundreds of residents to leave their homes for shelters in nearby towns.',
        'A museum in the capital reopened after a two-year renovation, showing for the first time a collection of maps donated by a private collector.',
      ].join('\n\n'),
    );
    expect(seg.articles.map((a) => a.paragraphs.join(' ').slice(0, 12))).toEqual(['The city cou', 'Heavy rain f', 'A museum in ']);
  });
});
