// Layouts met in the forty-fifth held-out round of issue #12 (Chinese page texts of the stored pages corpus): a
// site's menu row set with spaces over the headline, and an essay page opening on its summary line whose part heads
// are longer than its headline. Texts written here, each in the shape the real pages print
// (test/fixtures/real/zh/README.md, round 45).
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const read = (...lines: string[]) => segment(blocksFromText(lines.join('\n\n'))).articles;
const LEAD = '当墨香再次飘过老街,这份晚报迎来了第一万期。一万个日夜,二十多个春秋,它早已不只是一叠纸,而是这座城市的记事本。';
const MORE = '广场上的展板前,市民一页页翻看创刊以来的大事记,有人找到了自己当年登上报纸的照片,笑着拍给家人看。';

describe('a menu row set with spaces over the headline', () => {
  it('opened by the home entry, it is furniture: the line under it heads the story', () => {
    const a = read('首页 新闻中心 本地新闻 本地舆情 城市热评', '墨香里的城市记事本', '2025-11-24 06:56', LEAD, MORE);
    expect(a.map((x) => x.headline)).toEqual(['墨香里的城市记事本']);
  });

  it('read without the bracketed readings a mirror prints after its characters', () => {
    const a = read('首頁(yè) 新聞中心 本地新聞 本地輿情 城市熱評(píng)', '墨香裏的城市記事本', '2025-11-24 06:56', LEAD, MORE);
    expect(a.map((x) => x.headline)).toEqual(['墨香裏的城市記事本']);
  });
});

describe('an essay page opening on its summary line', () => {
  const P1 = '三十年前,老编辑在《采访札记》中写道:“我认为,一个记者最要紧的功课,就是到群众中去的功课……记者应当走在乡亲们中间,他是乡亲们中间的一个热心人,知道他们想什么、盼什么,熟悉他们的生活和难处……”';
  const P2 = '三十年后的今天,作为省新闻奖的获奖者,回头看自己走过的新闻路,我想,站稳群众立场、走进群众生活,仍然是新闻人最要紧的出发点。';
  const HEAD = '有幸成为报社人,把报道的“头条”留给普通人';
  const P3 = '我工作的媒体是省报。1993年大学毕业后,我有幸成为一名报社人。泥土与光,是我们的名字,也是我们的追求。';
  const P4 = '党的声音、群众的报纸——报社人的老传统。犹记刚工作不久,我随报社组织的寻根活动到老区创刊地采访,当我站在当年印刷所低低的屋檐下,听老社长';
  const HEADLINE = '泥土与光,是我们的名字,也是我们的追求';
  const page = (summary: string) => segment(blocksFromText([summary, HEADLINE, P1, P2, HEAD, P3, P4].join('\n'))).articles;

  it('whose summary opens its own text: a part head longer than the headline is the essay\'s, one story', () => {
    const a = page(`摘要:${P1.slice(0, 40)}`);
    expect(a.map((x) => x.headline)).toEqual([HEADLINE]);
    expect(a[0]?.paragraphs).toContain(HEAD);
    expect(a[0]?.paragraphs.at(-1)).toBe(P4);
  });

  it('a later story opening on its dateline and byline stands', () => {
    const news = '本报讯(记者 王小明)5月8日上午,市图书馆新馆在滨江路正式开馆,首日接待读者两万余人次,馆内藏书达到三百万册。';
    const a = segment(blocksFromText([`摘要:${P1.slice(0, 40)}`, HEADLINE, P1, P2, '市图书馆新馆开馆 首日迎客两万人次', news, P3].join('\n'))).articles;
    expect(a.map((x) => x.headline)).toEqual([HEADLINE, '市图书馆新馆开馆 首日迎客两万人次']);
  });
});
