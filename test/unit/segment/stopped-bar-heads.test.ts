// Chinese headlines of a topic label, a bar and a title closed by a full stop ("老城丨一口古井的三百年。"), each over a
// teaser paragraph, as a reading app's profile page lists its posts (lib/segment/stopped-bar-heads.ts). Two or more
// on the page are the posts' headlines: the page parts into as many stories, each under its own. One such line alone
// stays a line of its story.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const PROFILE = `街角书房

@jiejiaoshufang | 每天讲一个老城的故事

老城丨一口古井的三百年。

这是书房原创的第210个老城故事<p>井口的青石被磨得发亮,<p>附近的老人说,<p>这口井从来没有干过。<p>上世纪七十年代自来水通到巷子里,<p>井边的人渐渐少了,<p>可每到夏天,<p>还是有人来打水冰西瓜。<p>去年街道给古井加了护栏,<p>又立了一块说明牌 …

南洋 | 一张船票,两代人,回不去的故乡。

这是书房原创的第209个老城故事<p>一九四八年的春天,<p>十七岁的阿伯从码头上了船,<p>口袋里只有一张船票和半块米糕。<p>船在海上走了二十天,<p>他在甲板上学会了第一句马来话。<p>后来他在橡胶园做工,<p>攒钱给家里寄信寄钱,<p>信封上的地址一写就是五十年。`;

describe('stopped headlines with a topic label and a bar', () => {
  it('parts the profile page into its posts under their headlines', () => {
    const { articles } = extractText(PROFILE, { gazetteer: null });
    expect(articles.map((a) => a.headline)).toEqual(['老城丨一口古井的三百年。', '南洋 | 一张船票,两代人,回不去的故乡。']);
    expect(articles[1]!.paragraphs[0]).toMatch(/^这是书房原创的第209个/);
  });
});
