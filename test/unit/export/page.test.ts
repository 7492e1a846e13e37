import { describe, expect, it } from 'vitest';
import { pageMarkdown } from '../../../lib/export/page';
import type { ExtractResult } from '../../../lib/types';

const result: ExtractResult = {
  url: 'https://szb.northnews.cn/nmgrb/html/2023-02/10/content.htm',
  title: '内蒙古日报',
  lang: 'zh',
  rubrics: ['担当作为开新局'],
  articles: [
    {
      headline: '去年全区口岸进出境货运量同比增长14.7%',
      subheadline: null,
      dateline: { source: '本报', place: null, date: '2月9日', kind: '讯' },
      byline: { reporters: ['高慧'], correspondents: [], interns: [], photographers: [], authors: [] },
      paragraphs: ['2022年全区口岸完成进出境货运量5842.2万吨,同比增长14.7%。', '---\n<script>x</script> | a'],
      fragments: [],
      continuedFrom: null,
      continuesTo: null,
      truncated: false,
      photo: false,
      figures: [{ text: '5842.2万吨', kind: 'quantity', value: 58422000, unit: 't', approx: false, bound: null, paragraph: 0, start: 17, end: 25 }],
      places: [],
    },
  ],
};

describe('whole-page Markdown (jianbao extract --format markdown)', () => {
  it('writes front matter, one section per article, escaped paragraphs and a figure table', () => {
    const md = pageMarkdown(result);
    expect(md.startsWith('---\ntitle: "内蒙古日报"\nsource: "https://szb.northnews.cn/nmgrb/html/2023-02/10/content.htm"\n')).toBe(true);
    expect(md).toContain('## 去年全区口岸进出境货运量同比增长14.7%');
    expect(md).toContain('- Dateline: 本报2月9日讯');
    expect(md).toContain('| 5842.2万吨 | quantity | 58422000 | t |');
    expect(md).toContain('&lt;script&gt;');
    expect(md.split('\n').filter((l) => l === '---')).toHaveLength(2);
  });
});
