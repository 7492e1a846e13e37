// Saved pages of briefs columns (issue #19, round 31): a page whose one h1 names a column of items is no article page
// headed by its title; a column's items whose headline is set in bold at the head of the paragraph are items of their
// own; a brief closed by a pointer to another page is still a whole brief of the column.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMeta } from '../../../lib/meta/page-meta';
import { extractDocument } from '../../../lib/pipeline';

const page = (title: string, body: string) =>
  parseHTML(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`).document;
const read = (doc: Document) => extractDocument(doc, { gazetteer: null }).segmentation.articles.map((a) => [a.headline, a.paragraphs[0]?.slice(0, 12) ?? '']);

const WORLD_BRIEFS = `<article><h1>World Briefs</h1>
<p>CHINA’s aviation regulator said four officers were killed when a survey plane crashed into a hillside near the coast on Tuesday.</p>
<p>THAILAND has become the first country in the region to end mother-to-child transmission of two infections, health officials said.</p>
<p>PERU Police fired tear gas to break up a student march demanding the minister’s resignation, the government said yesterday.</p>
<p>CHILE Rescuers pulled two miners alive from a collapsed copper mine in the north after a search that lasted three days.</p>
<p>JAPAN-S.-KOREA The two neighbours’ foreign ministers met in Tokyo yesterday to prepare a summit planned for the spring. <em>More on p12</em></p>
<p>KENYA Heavy rain flooded parts of the capital overnight, closing roads and forcing hundreds of families from their homes.</p>
</article>`;

const FLASH = `<h1>财经快讯</h1>
<p><strong>央行开展2000亿元逆回购操作</strong> 中国人民银行今日以利率招标方式开展了2000亿元7天期逆回购操作，中标利率维持不变，市场流动性总体平稳。</p>
<p><strong>沪深两市成交额连续五日突破万亿元</strong> 今日沪深两市成交额达1.1万亿元，连续第五个交易日突破万亿元，北向资金净买入超过50亿元。</p>
<p><strong>国际油价周二小幅收涨</strong> 纽约商品交易所原油期货价格周二上涨0.8%，收于每桶78美元，市场关注中东局势与库存数据。</p>`;

describe('saved pages of briefs columns', () => {
  it('does not read a page headed by a column name as one story under its title', () => {
    expect(readPageMeta(page('World Briefs', WORLD_BRIEFS)).titled).toBe(false);
    expect(readPageMeta(page('鏡觀中國·新華社國內照片一周精選', '<h1>鏡觀中國·新華社國內照片一周精選</h1><p>…</p>')).titled).toBe(false);
    // (A photo set's title and an agency round-up head one story.)
    expect(readPageMeta(page('组图：春耕时节田间忙', '<h1>组图：春耕时节田间忙</h1><p>…</p>')).titled).toBe(true);
    expect(readPageMeta(page('Roundup: Storm batters the coast, thousands without power', '<h1>Roundup: Storm batters the coast, thousands without power</h1><p>…</p>')).titled).toBe(true);
    expect(read(page('World Briefs', WORLD_BRIEFS))).toEqual([
      ['', 'CHINA’s avia'],
      ['', 'THAILAND has'],
      ['PERU', 'Police fired'],
      ['CHILE', 'Rescuers pul'],
      ['JAPAN-S.-KOREA', 'The two neig'],
      ['KENYA', 'Heavy rain f'],
    ]);
  });

  it('reads a bold headline run into its paragraph as the head of an item of its own', () => {
    expect(read(page('财经快讯', FLASH))).toEqual([
      ['央行开展2000亿元逆回购操作', '中国人民银行今日以利率招'],
      ['沪深两市成交额连续五日突破万亿元', '今日沪深两市成交额达1.'],
      ['国际油价周二小幅收涨', '纽约商品交易所原油期货价'],
    ]);
  });

  it('keeps whole a paragraph whose bold opening goes on into its sentence (a comma, a bracket, a lower-case word)', () => {
    const story = `<article><h1>Lights over the canals</h1>
<p><strong>As of 29 November this year</strong>, thirty artworks will light up the old city center for seven weeks, the organisers said.</p>
<p><strong>Mira Olsen and Jonas Berg</strong> (Norway) found inspiration for their work in a famous painting of the night sky over a river.</p>
<p><strong>The Northern Lantern Trail</strong> is the festival's longest walking route, with twenty stops along the water and two bridges.</p>
<p>Tickets for the boat routes are on sale at the piers and online, and the walking route is free for everyone who comes.</p>
</article>`;
    const articles = extractDocument(page('Lights over the canals', story), { gazetteer: null }).segmentation.articles;
    expect(articles).toHaveLength(1);
    const text = articles[0]!.paragraphs.join('\n');
    expect(text).toContain('As of 29 November this year, thirty artworks will light up');
    expect(text).toContain('Mira Olsen and Jonas Berg (Norway) found inspiration');
    expect(text).toContain("The Northern Lantern Trail is the festival's longest walking route");
  });
});
