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
