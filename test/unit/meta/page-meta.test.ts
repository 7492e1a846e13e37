// What a page states about itself (lib/meta): its structured data and meta tags read, and applied to the stories
// the segmenter found (publication time, dateline year, byline and headline of a one-story page).
import { describe, expect, it } from 'vitest';
import { statedHeadline, urlDate, withPageMeta } from '../../../lib/meta/apply';
import { isoDate, readPageMeta, type PageMeta } from '../../../lib/meta/page-meta';
import { extractDocument } from '../../../lib/pipeline';
import type { SegmentedArticle, Segmentation } from '../../../lib/types';

function doc(head: string, body = ''): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

function article(headline: string, dateline: SegmentedArticle['dateline'] = null): SegmentedArticle {
  return {
    headline, subheadline: null, dateline, byline: null, published: null, paragraphs: ['正文。'], fragments: [],
    continuedFrom: null, continuesTo: null, truncated: false, photo: false, headlineSource: [], paragraphSources: [],
  };
}

const META: PageMeta = { headline: null, authors: [], published: null, siteName: null, oneStory: true, h1: [], titled: false };

describe('readPageMeta', () => {
  it('reads a NewsArticle in JSON-LD: headline, people as authors (not the publisher), date, one story', () => {
    const m = readPageMeta(
      doc(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle",
        "headline":"Council passes the budget &amp; the levy","datePublished":"2023-02-10T08:00:00+08:00",
        "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Organization","name":"Daily"}],"publisher":{"name":"The Daily"}}]}</script>`),
    );
    expect(m).toMatchObject({ headline: 'Council passes the budget & the levy', authors: ['Ann Lee'], published: '2023-02-10T08:00:00+08:00', siteName: 'The Daily', oneStory: true });
  });

  it('takes no author from an author meta that holds only a number (a content system\'s user id)', () => {
    expect(readPageMeta(doc('<meta name="author" content="105464">')).authors).toEqual([]);
  });

  it('takes no author from an author meta that holds an account handle (手机新浪网: "sina_mobile"), and keeps a name', () => {
    expect(readPageMeta(doc('<meta name="author" content="sina_mobile">')).authors).toEqual([]);
    expect(readPageMeta(doc('<meta name="author" content="editor@example.com">')).authors).toEqual([]);
    expect(readPageMeta(doc('<meta name="author" content="Ann Lee">')).authors).toEqual(['Ann Lee']);
  });

  it('takes no author from an author tag that names the site the title names beside its headline, and keeps a person', () => {
    const site = '<title>央行下调存款利率 银行跟进|利率|张明远_某某财经_某某网</title><meta property="article:author" content="某某财经">';
    expect(readPageMeta(doc(site)).authors).toEqual([]);
    // (A person's name the title lists as a keyword stays the author; so does a Latin name.)
    expect(readPageMeta(doc('<title>央行下调存款利率 银行跟进|利率|张明远_某某财经_某某网</title><meta name="author" content="张明远">')).authors).toEqual(['张明远']);
    expect(readPageMeta(doc('<title>A Long Walk Home - Ann Lee</title><meta property="og:site_name" content="Ann Lee"><meta name="author" content="Ann Lee">')).authors).toEqual(['Ann Lee']);
    expect(readPageMeta(doc('<meta property="og:site_name" content="某某财经频道"><meta name="author" content="某某财经频道">')).authors).toEqual([]);
  });

  it('falls back to Open Graph and author meta, and skips broken JSON-LD', () => {
    const m = readPageMeta(
      doc(`<script type="application/ld+json">{broken</script><meta property="og:type" content="article"><meta property="og:title" content="标题在这里">
        <meta name="author" content="王明，李华"><meta property="article:published_time" content="2023-02-09"><meta property="og:site_name" content="新华网">`,
        '<h1>标题在这里</h1>'),
    );
    expect(m).toMatchObject({ headline: '标题在这里', authors: ['王明', '李华'], published: '2023-02-09', siteName: '新华网', oneStory: true, h1: ['标题在这里'] });
  });

  it('names no writer when the author tag repeats the paper a portal repost names in its source tag', () => {
    const repost = readPageMeta(
      doc(`<meta property="og:type" content="news"><meta property="og:title" content="江边新修步道开放">
        <meta property="article:author" content="晨光都市日报"><meta name="mediaid" content="晨光都市日报">
        <title>江边新修步道开放|步道|江边_某某门户新闻</title>`),
    );
    expect(repost.authors).toEqual([]);
    const labelled = readPageMeta(
      doc(`<meta property="og:type" content="news"><meta name="author" content="晨光都市日报"><meta name="source" content="来源：晨光都市日报">`),
    );
    expect(labelled.authors).toEqual([]);
    // A writer named in the author tag stays the byline beside the paper's source tag.
    const writer = readPageMeta(doc(`<meta property="og:type" content="news"><meta name="author" content="王明"><meta name="mediaid" content="晨光都市日报">`));
    expect(writer.authors).toEqual(['王明']);
  });

  it('takes og:type "news", as Chinese portals write it for a news item, as one story; a website is none', () => {
    expect(readPageMeta(doc('<meta property="og:type" content="news">')).oneStory).toBe(true);
    expect(readPageMeta(doc('<meta property="og:type" content="website">')).oneStory).toBe(false);
  });

  it('sees several distinct JSON-LD articles as several stories', () => {
    const ld = (h: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${h}"}</script>`;
    expect(readPageMeta(doc(ld('One') + ld('Two'))).oneStory).toBe(false);
    expect(readPageMeta(doc(ld('One') + ld('One'))).oneStory).toBe(true);
  });

  it('takes only real dates', () => {
    expect(isoDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(isoDate('yesterday')).toBeNull();
    expect(isoDate('20230209')).toBe('2023-02-09');
    expect(isoDate('2023-02-09 08:30+0800')).toBe('2023-02-09T08:30:00+08:00');
  });
});

describe('statedHeadline: what a one-story page names itself', () => {
  it('prefers structured data, then the only h1, then the <title> less the site name', () => {
    expect(statedHeadline({ ...META, headline: 'From JSON-LD', h1: ['From h1'] }, 'From title - Site')).toBe('From JSON-LD');
    expect(statedHeadline({ ...META, h1: ['From h1'] }, 'From title - Site')).toBe('From h1');
    expect(statedHeadline({ ...META, h1: ['One', 'Two'] }, '俄企前高管被吊死在家中 曾是普京的批评者_凤凰网')).toBe('俄企前高管被吊死在家中 曾是普京的批评者');
    expect(statedHeadline(META, '中国日报网')).toBeNull();
  });
});

describe('withPageMeta', () => {
  it('gives the only story the h1 when the text named no headline or only the site', () => {
    const seg = (h: string): Segmentation => ({ rubrics: [], articles: [article(h)] });
    const meta = { ...META, siteName: 'The Daily', h1: ['Council passes the budget'] };
    expect(withPageMeta(seg(''), meta).articles[0]?.headline).toBe('Council passes the budget');
    expect(withPageMeta(seg('The Daily'), meta).articles[0]?.headline).toBe('Council passes the budget');
    expect(withPageMeta(seg('Sports'), { ...META, h1: ['Cup final tonight'] }, 'Cup final tonight | Sports | The Daily').articles[0]?.headline).toBe('Cup final tonight');
    // A headline of its own stays.
    expect(withPageMeta(seg('Mayor resigns'), meta).articles[0]?.headline).toBe('Mayor resigns');
  });

  it("gives the only story the page's one h1 over a heading from inside its text, when the page's stated headline or title names that h1", () => {
    const seg = (h: string): Segmentation => ({ rubrics: [], articles: [article(h)] });
    const h1 = 'Plane found in the sea: latest';
    // A live blog's label over its entries is no headline: the h1, named by og:title or by the <title>, is.
    expect(withPageMeta(seg('Latest'), { ...META, h1: [h1], headline: `${h1} - The Daily` }).articles[0]?.headline).toBe(h1);
    expect(withPageMeta(seg('Latest'), { ...META, h1: [h1] }, `${h1} | The Daily`).articles[0]?.headline).toBe(h1);
    // A headline holding the h1 (a kicker run onto it) or most of it stays.
    expect(withPageMeta(seg(`Live: ${h1}`), { ...META, h1: [h1], headline: h1 }).articles[0]?.headline).toBe(`Live: ${h1}`);
    // An h1 nothing else names (a logo, a section) stays out.
    expect(withPageMeta(seg('Latest'), { ...META, h1: ['The Daily'], headline: h1 }).articles[0]?.headline).toBe('Latest');
  });

  it('on a page of many h1s (logo, menu tabs, teasers), gives the only story the one h1 that is its stated headline word for word', () => {
    const seg = (headline: string): Segmentation => ({ rubrics: [], articles: [article(headline)] });
    const h1s = ['The Latest From Newswire', 'Actor dies at 71', 'The best film scenes of 2014', 'Sign up for news'];
    expect(withPageMeta(seg('Scene of the year'), { ...META, h1: h1s, headline: 'The best film scenes of 2014' }).articles[0]?.headline).toBe('The best film scenes of 2014');
    // No h1 that is the stated headline, or two different ones: the found heading stays.
    expect(withPageMeta(seg('Scene of the year'), { ...META, h1: h1s, headline: 'The best films of 2014' }).articles[0]?.headline).toBe('Scene of the year');
    expect(withPageMeta(seg('Scene of the year'), { ...META, h1: h1s }).articles[0]?.headline).toBe('Scene of the year');
  });

  it('leaves the headlines of a page of several stories alone, and dates each dateline from the page', () => {
    const two: Segmentation = { rubrics: [], articles: [article('', { source: '本报', place: '包头', date: '2月9日', kind: '电' }), article('第二篇')] };
    const out = withPageMeta(two, { ...META, h1: ['版面'], published: '2023-02-10' }).articles;
    expect(out.map((a) => a.headline)).toEqual(['', '第二篇']);
    expect(out[0]?.dateline?.date).toBe('2023-02-09');
    expect(out[0]?.published).toBe('2023-02-10');
  });
});

describe("the date a page's address names", () => {
  it('reads the dates e-papers and news sites file their pages under', () => {
    expect(urlDate('https://szb.northnews.cn/nmgrb/html/2023-02/10/content_36245_249871.htm')).toBe('2023-02-10');
    expect(urlDate('http://paper.people.com.cn/rmrb/html/2019-11/19/nw.D110000renmrb_20191119_1-01.htm')).toBe('2019-11-19');
    expect(urlDate('https://www.example.com/news/2020/07/13/flood.html')).toBe('2020-07-13');
    expect(urlDate('https://www.example.com/a/20230210/story.shtml')).toBe('2023-02-10');
    expect(urlDate('https://www.example.com/article/123456789/')).toBeNull();
    expect(urlDate('https://www.example.com/a/2023-13-45/x')).toBeNull();
    expect(urlDate('not a url')).toBeNull();
  });

  it("places datelines in the year of the page's address when the page states no date, without calling it the publication date", () => {
    const seg: Segmentation = { rubrics: [], articles: [article('', { source: '本报', place: '包头', date: '2月9日', kind: '电' }), article('第二篇')] };
    const out = withPageMeta(seg, null, null, 'https://szb.northnews.cn/nmgrb/html/2023-02/10/content_1.htm').articles;
    expect(out[0]?.dateline?.date).toBe('2023-02-09');
    expect(out[0]?.published).toBeNull();
    expect(withPageMeta(seg, null, null, 'http://127.0.0.1/page.html').articles[0]?.dateline?.date).toBe('2月9日');
  });
});

describe('the publication line under the headline', () => {
  const page = (meta: string) =>
    new DOMParser().parseFromString(
      `<!DOCTYPE html><html><head><title>长沙地铁6号线开通运营_湘网</title>${meta}</head><body><div class="top"><a href="/">首页</a></div>
      <h1>长沙地铁6号线开通运营</h1><div class="info">2022-06-28 10:15:32　来源：湖南日报　作者：王明　<a href="#">我要评论</a></div>
      <div class="content"><p>6月28日上午，长沙地铁6号线正式开通运营。该线路西起谢家桥站，东至黄花机场站，全长48公里，共设车站34座。</p>
      <p>据介绍，6号线是长沙东西向的骨干线路，串联起河西、河东多个片区，开通后将极大缓解沿线交通压力。</p></div></body></html>`,
      'text/html',
    );

  it('gives the story its printed date and author when the page states none in its meta data', () => {
    const [a] = extractDocument(page(''), { url: null, gazetteer: null }).result.articles;
    expect(a?.published).toBe('2022-06-28');
    expect(a?.byline?.authors).toEqual(['王明']);
  });

  it("lets the page's meta data come first", () => {
    const [a] = extractDocument(page('<meta property="article:published_time" content="2022-06-29T08:00:00+08:00">'), { url: null, gazetteer: null }).result.articles;
    expect(a?.published).toBe('2022-06-29T08:00:00+08:00');
  });
});

describe('an author tag naming the page\'s editor (lib/meta/editor-names.ts)', () => {
  it('names no author when the page prints that name only after 编辑：', () => {
    const m = readPageMeta(doc('<meta name="author" content="倪仕轩">', '<p>来源：中国新闻网 王帆</p><p>美联储宣布维持利率不变。</p><p>编辑：倪仕轩 责任编辑：杨格</p>'));
    expect(m.authors).toEqual([]);
  });

  it('keeps the name when the page also prints it as the author, or names no editor', () => {
    expect(readPageMeta(doc('<meta name="author" content="王明">', '<p>作者：王明</p><p>正文。</p><p>编辑：王明</p>')).authors).toEqual(['王明']);
    expect(readPageMeta(doc('<meta name="author" content="王明">', '<p>正文。</p><p>编辑：李华</p>')).authors).toEqual(['王明']);
  });
});
