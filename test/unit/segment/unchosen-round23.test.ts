// Round 23 of issue 12's single-story pages (a thirteenth unchosen sample): all eight pages came back one article
// under their headline before any change; what a reader still saw wrong was inside the story — a view counter run
// into the first paragraph, a reporter's line headed by an outlet the byline grammar does not list, the writer's
// bare name kept as the first paragraph, the headline printed again with its writer's name between paragraphs, a
// paywall's prompts kept as text, and a credited caption under a paragraph leaving it open to the next.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const read = (lines: string[], sep = '\n\n') => extractText(lines.join(sep), { gazetteer: null }).articles;
const lead = '今年春天，市图书馆在十二个街道开设了社区分馆，居民在家门口就能借还图书，开馆首月借阅量超过三万册。';
const more = '图书馆负责人介绍，分馆的图书每月轮换一次，今后还将开设儿童阅读角和老年人电脑课，方便不同年龄的读者。';
const leadHant = '今年春天，市圖書館在十二個街道開設了社區分館，居民在家門口就能借還圖書，開館首月借閱量超過三萬冊。';
const moreHant = '圖書館負責人介紹，分館的圖書每月輪換一次，今後還將開設兒童閱讀角和長者電腦課，方便不同年齡的讀者。';

describe('a view counter and an outlet-headed reporter\'s line under the publication line', () => {
  it('the counter is no part of the text; the reporter is the byline', () => {
    const [a, ...rest] = read(['社区分馆开馆一年:十二个街道的读书声', '2019年11月06日07:20  来源:城市新闻', '5034', '城市新闻记者 陈晓明/文图', lead, more]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs[0]).toBe(lead);
    expect(a!.byline?.reporters).toEqual(['陈晓明']);
  });
});

describe('the writer\'s name alone on a line under the publication line, over the text', () => {
  it('is the byline, not the first paragraph', () => {
    const [a, ...rest] = read(['我和社区图书馆的情缘', '来源: 城市新闻', '2026-01-24 13:15:00', '刘建平', lead, more]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs[0]).toBe(lead);
    expect(a!.byline?.authors).toEqual(['刘建平']);
  });
});

describe('the headline printed again between paragraphs with its writer\'s name, parted by a bar', () => {
  it('is a title picture\'s text, not a paragraph', () => {
    const [a, ...rest] = read(['我与图书馆共成长', lead, '杜阳林 || 我与图书馆共成长', more]);
    expect(rest).toEqual([]);
    expect(a!.headline).toBe('我与图书馆共成长');
    expect(a!.paragraphs).toEqual([lead, more]);
  });
});

describe('a paywall under the free part of a story', () => {
  it('its "text unfinished" line and log-in prompts are not the story\'s text', () => {
    const [a, ...rest] = read(['緬懷社區圖書館的日子', leadHant, moreHant, '...本文未結束', '使用知識庫請先登入「集團會員」', '付費會員登入即可閱讀,一般會員登入可享每月免費閱讀4篇文章']);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual([leadHant, moreHant]);
  });
});

describe('a credited caption on the line under a paragraph, no blank line between', () => {
  it('does not leave that paragraph open to the next', () => {
    const [a, ...rest] = read([
      '社区分馆开馆一年:十二个街道的读书声',
      '穿梭在十二个街道之间,分馆把图书送到了居民家门口。今天,借书成了散步的一部分。\n2020年11月3日,读者在分馆挑选图书。摄:陈晓明/城市新闻',
      lead,
      more,
    ]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toContain(lead);
  });
});
