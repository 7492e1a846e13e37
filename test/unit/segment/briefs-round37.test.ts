// Layouts met in the thirty-seventh held-out round of issue #19 (a fifth unchosen sample): a paper's digest of its
// own pages whose headless teasers each close with the site's read-on link (">>详情") under a date line and an
// introduction; an item opened by the source it reports ("据新华社消息，…"). Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

describe('headless teasers closed by read-on links', () => {
  const teasers = (head: string[]) => [
    ...head,
    '今日本报头版刊发文章《春耕时节农机忙》。各地抢抓农时,农机手们早出晚归,田间地头一派繁忙景象。>>详情',
    '今日本报经济版刊发文章《小店经济焕发新活力》。街巷里的小店正在成为城市消费的新亮点,不少店主尝试线上经营。>>详情',
    '今日本报文化版刊发文章《老戏院里的新观众》。修缮一新的老戏院迎来了大批年轻观众,传统戏曲有了新的打开方式。>>详情',
  ].join('\n\n');

  it.each([
    ['a date line and three lines of introduction', ['今天是2024年3月5日星期二', '“早读”栏目为您摘选', '今日本报版面精华', '聚焦国内国际新闻热点']],
    ['a date line and two lines of introduction', ['今天是2024年3月5日星期二', '本栏目为您摘选', '今日本报版面精华']],
    ['one line of introduction', ['今日本报版面精华']],
  ])('under %s: each teaser a headless story, the first too, the introduction no story nor headline', (_, head) => {
    const seg = text(teasers(head));
    expect(seg.articles.map((a) => a.paragraphs.join('').slice(0, 8))).toEqual(['今日本报头版刊发', '今日本报经济版刊', '今日本报文化版刊']);
    expect(seg.articles.map((a) => a.headline)).toEqual(['', '', '']);
  });
});

describe('an item opened by the source it reports', () => {
  const page = ['稳就业措施出台', '据新华社消息，国务院今天召开常务会议，研究部署稳就业工作。会议指出，要加大政策支持力度。'].join('\n\n');

  it('keeps the text after the source and its comma as the story\'s paragraph', () => {
    const a = text(page).articles[0]!;
    expect(a.dateline?.source).toBe('新华社');
    expect(a.paragraphs).toEqual(['国务院今天召开常务会议，研究部署稳就业工作。会议指出，要加大政策支持力度。']);
  });

  it('reads an outlet\'s app as the outlet, no place', () => {
    const a = text(page.replace('据新华社消息', '据央视新闻客户端消息')).articles[0]!;
    expect(a.dateline).toMatchObject({ source: '央视新闻客户端', place: null });
    expect(a.paragraphs[0]).toMatch(/^国务院今天召开常务会议/);
  });
});

describe('a briefing under bracketed section labels', () => {
  const page = [
    '【要闻】',
    '今天举行记者招待会和集体采访',
    '外交部今天下午在新闻发布厅举行记者招待会,介绍近期外交工作安排。',
    '发言人还回答了记者关于双边关系的提问。(本台)',
    '【国际】',
    '某国举行议会选举',
    '某国当地时间周日举行议会选举,投票率较上届有所上升。计票工作正在进行。',
  ].join('\n\n');

  it('keeps a headline that speaks of a press conference (记者招待会) as the headline, no byline', () => {
    const a = text(page).articles[0]!;
    expect(a.headline).toBe('今天举行记者招待会和集体采访');
    expect(a.byline).toBeNull();
  });

  it('leaves the label over the next story out of the story above', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['今天举行记者招待会和集体采访', '某国举行议会选举']);
    expect(seg.articles[0]!.paragraphs.join('')).not.toContain('【国际】');
    expect(seg.rubrics).toContain('【国际】');
  });
});
