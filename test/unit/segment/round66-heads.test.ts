// Issue 12 round 66's headline readings, each on a short invented page in the layout it reads:
// - a kicker closed by a dash ("…走进江城——") leads on into the line under it, which is the headline
//   (lib/segment/dashed-deck.ts);
// - a feature whose every section, the first too, opens under a short head is one story under the page's headline,
//   not one story a section (lib/segment/short-subheads.ts);
// - a publication line giving the site's web address for its name, a date-time and the source
//   ("http://news.example.com 2005年07月26日 13:30 某某网站") dates the story and never heads it
//   (lib/segment/publication-lines.ts).
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { isPublicationLine } from '../../../lib/segment/publication-lines';

const text = (s: string) => segment(blocksFromText(s));

describe('a kicker closed by a dash', () => {
  const page = [
    '新闻网>>综合报道',
    '分享',
    '',
    '两地青年记者联合采访活动走进江城——',
    '',
    '看老街新貌 听发展故事(城市观察)',
    '',
    '李 明 王晓红',
    '',
    '2024年09月05日08:48    来源:某某网-某某日报',
    '',
    '  刚下过雨的江城,凉爽怡人。在江城老街,居民自发组织的合唱团正在排练,得知采访团成员远道而来,大家齐声唱起老歌。',
    '',
    '  前不久,两地记者协会共同举办联合采访活动,近四十名记者走进江城的街巷和工厂,实地感受这座老城的新变化。',
  ].join('\n');

  it('heads the story with the line under the kicker, the kicker over it', () => {
    const r = text(page);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('看老街新貌 听发展故事(城市观察)');
    expect(r.articles[0]?.subheadline).toBe('两地青年记者联合采访活动走进江城——');
  });
});

describe('a feature whose first section opens under a short head', () => {
  const page = [
    '财经频道首页 > 滚动新闻 > 正文',
    ' ',
    '',
    '江城:各地晚报总编辑们畅谈对这座老城的印象',
    '',
    '',
    'http://news.example.com 2005年07月26日 13:30 某某网站',
    '',
    '  老街里的书香',
    '',
    '  “没来江城之前,我以为这里只是一座普通的工业城市,可走进老街才发现,这里的书店一家挨着一家,读书的人随处可见。”一位总编辑这样感叹他的江城之行。',
    '',
    '  干净的街道',
    '',
    '  第一次来江城的另一位副总编辑认为,江城的街道干净整洁,空气清新,是一座适合居住的城市,她很喜欢这里不太高的楼房和安静的夜晚。',
    '',
    '  缺少地标建筑',
    '',
    '  也有总编辑提出,江城的绿化还不够,地标建筑太少,这是一座城市难以给人留下深刻印象的原因之一,希望今后的规划能有所改变。',
  ].join('\n');

  it('is one story under the page headline, its section heads kept in its text', () => {
    const r = text(page);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('江城:各地晚报总编辑们畅谈对这座老城的印象');
    expect(r.articles[0]?.paragraphs.join('\n')).toContain('干净的街道');
  });

  it('is dated by the publication line with the web address, which heads nothing', () => {
    const r = text(page);
    expect(r.articles[0]?.published).toBe('2005-07-26');
    expect(r.articles.map((a) => a.headline)).not.toContain('http://news.example.com 2005年07月26日 13:30 某某网站');
  });

  it('reads a publication line with an address, and no sentence as one', () => {
    expect(isPublicationLine('http://news.example.com 2005年07月26日 13:30 某某网站')).toBe(true);
    expect(isPublicationLine('广西日报 2015-11-08 00:13 大字')).toBe(true);
    expect(isPublicationLine('http://news.example.com 2005年07月26日 13:30 记者从某某网站了解到,这座城市的新规划即将公布')).toBe(false);
  });
});
