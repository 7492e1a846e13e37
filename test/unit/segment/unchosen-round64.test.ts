// Issue 12, single-story round 64 (an unchosen sample of Chinese page texts): a writer's credit parted by a vertical
// stroke (文丨name) is the byline, not the first paragraph (byline.ts); a back-to-top line after the story, over a
// numbered list of other headlines and a 小编推荐 label, opens a box of links to other pages, none of it the story's
// text (link-boxes.ts); an outlet's name (parts joined by ·) and a date-time set apart by spaces is the date line
// (classify.ts); a daily's name glued onto the headline after a comma is a copying host's keyword (head-tail.ts).
// Pages written here in the layouts met, no page's words.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const extract = (text: string) => extractText(text, { gazetteer: null }).articles;
const prose = (s: string) => `${s}这是一段足够长的正文，交代了事情的经过、时间和地点，也写下了各方的看法与感受，读者读完便知道来龙去脉。`;

describe('a 文丨name credit under the headline', () => {
  it('is the byline, and the text opens on the story', () => {
    const text = ['山城旧事', '', '文丨周明远', '', prose('那一年我刚到山城，街上还没有路灯。'), '', prose('后来我在报社找到了第一份工作。')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('山城旧事');
    expect(articles[0]?.byline?.authors).toEqual(['周明远']);
    expect(articles[0]?.paragraphs[0]).toMatch(/^那一年我刚到山城/);
  });
});

describe("an outlet's name and the date-time it posted the story, on a line under the headline", () => {
  it('dates the story and is no paragraph', () => {
    const text = ['山城旧事', '', '  江城日报·江城客户端   2024-11-18 18:22:28', '', '文丨周明远', '', prose('那一年我刚到山城，街上还没有路灯。')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.published).toMatch(/^2024-11-18/);
    expect(articles[0]?.paragraphs.join('\n')).not.toMatch(/客户端/);
  });
});

describe('a back-to-top line over a numbered list and a 小编推荐 label', () => {
  it('ends the story: neither the list nor the label nor the address line is a paragraph', () => {
    const text = [
      '湖边的一场春季长跑',
      '',
      prose('周末清晨，上千名跑者沿着湖岸出发。'),
      '',
      prose('组织者说，明年还会增加一条亲子路线。'),
      '',
      'Top',
      '',
      '1、某地发布新一轮道路整修计划',
      '',
      '2、一家老字号饭店重新开张,排队的人很多',
      '',
      '小编推荐',
      '',
      '当前文章:http://m.example.cn/a/1.html',
    ].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    const paras = articles[0]?.paragraphs ?? [];
    expect(paras).toHaveLength(2);
    expect(paras.join('\n')).not.toMatch(/Top|道路整修|小编推荐|当前文章/);
  });

  it('alone between paragraphs, leaves the text under it to the story', () => {
    const text = ['湖边的一场春季长跑', '', prose('周末清晨，上千名跑者沿着湖岸出发。'), '', 'Top', '', prose('组织者说，明年还会增加一条亲子路线。')].join('\n');
    const paras = extract(text)[0]?.paragraphs ?? [];
    expect(paras.join('\n')).toMatch(/亲子路线/);
  });
});

describe("a paper's name glued onto the headline after a comma", () => {
  it('is a copying host\'s keyword, no word of the headline', () => {
    const text = ['首页资讯', '', '记者手记:一座小城的冬天,写满了人们的期盼,江城日报', '', '时间:2025-01-02 10:00 作者:某用户', '', prose('入冬以后，小城的集市比往年热闹。'), '', prose('摊主们说，今年的生意好过去年。')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('记者手记:一座小城的冬天,写满了人们的期盼');
  });

  it('is kept when the clause after the comma says more than a name', () => {
    const text = ['二十年风雨同舟,我们是这座城的晚报', '', prose('入冬以后，小城的集市比往年热闹。'), '', prose('摊主们说，今年的生意好过去年。')].join('\n');
    expect(extract(text)[0]?.headline).toBe('二十年风雨同舟,我们是这座城的晚报');
  });
});
