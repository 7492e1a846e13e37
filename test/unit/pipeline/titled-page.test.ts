// A page that states nothing about itself (no structured data, no og:type) but heads its text with one h1 that is
// its <title> less the site's name reads as one story unless its stories carry evidence of their own (issue #12):
// a listicle's numbered sections, a diary's dated sections, a photo story's numbered captions and one section opened
// by a dateline stay in the story; a briefs page of datelined items and a gallery of credited pictures still split.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMeta } from '../../../lib/meta/page-meta';
import { extractDocument } from '../../../lib/pipeline';

const page = (title: string, body: string, head = '') =>
  parseHTML(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}</body></html>`).document;
const headlines = (doc: Document) => extractDocument(doc, { gazetteer: null }).segmentation.articles.map((a) => a.headline);

const LISTICLE = `<article><h1>Four ways to save on energy this winter</h1><p>By Sam Lee</p>
<p>Heating bills are climbing again. Here are four simple steps that can cut what you pay without making your home cold.</p>
<h2>1. Seal the drafts</h2><p>Gaps around windows and doors let warm air escape. Weatherstripping costs little and pays for itself within a season.</p>
<h2>2. Turn down the thermostat</h2><p>Each degree lower can save around three percent on heating. Try lowering it at night and when nobody is home.</p>
<h2>3. Service the boiler</h2><p>A yearly check keeps a boiler running efficiently and catches problems before they become expensive repairs.</p>
<h2>4. Use curtains wisely</h2><p>Open curtains on sunny days to let heat in, and close them at dusk to keep it from escaping through the glass.</p></article>`;

const PHOTO_STORY = `<div class="article"><h1>组图：春耕时节田间忙</h1><div class="source">2024-03-10 来源：某某网 摄影 刘洋</div>
<p>眼下正值春耕时节，各地农民抢抓农时，田间地头一派忙碌景象。</p>
<p><img src="1.jpg"></p><p>1、3月9日，农民在田间驾驶拖拉机翻耕土地。</p><p><img src="2.jpg"></p><p>2、3月9日，农技人员在育秧大棚内查看秧苗长势。</p>
<p><img src="3.jpg"></p><p>3、3月8日，村民在果园里给果树修剪枝条。</p><p><img src="4.jpg"></p><p>4、3月8日，无人机在麦田上空喷洒农药。</p></div>`;

const DIARY = `<article><h1>南极科考日记：在冰原上的三十天</h1><p>本报记者 王明</p>
<p>2023年12月，第40次南极科学考察队从上海出发。记者随队采访，记下了这段难忘的旅程。</p>
<h3>1月3日 启程</h3><p>清晨六点，“雪龙2”号缓缓驶离码头。队员们站在甲板上，向送行的亲人挥手告别。船长说，这次航行预计需要二十多天。</p>
<h3>1月9日 穿越西风带</h3><p>船进入西风带，浪高超过六米。很多队员晕船，但科考工作没有停下来。海洋组的队员坚持每天采集水样。</p>
<h3>1月15日 抵达中山站</h3><p>经过十二天航行，考察队抵达中山站。站长带着越冬队员在冰面上迎接我们，大家相拥在一起。</p></article>`;

const BRIEFS = `<article><h1>World news in brief</h1>
<h2>Quake shakes island</h2><p>MANILA, Philippines (AP) — A strong earthquake shook the central Philippines on Tuesday, cracking roads and sending residents running into the streets, officials said.</p>
<h2>Floods close roads</h2><p>BERLIN (AP) — Heavy rain flooded parts of southern Germany on Tuesday, closing dozens of roads and forcing the evacuation of two villages near the Danube.</p>
<h2>Strike halts trains</h2><p>PARIS (AP) — A national rail strike halted most trains across France on Tuesday as unions protested a plan to raise the retirement age for railway workers.</p></article>`;

describe('a page headed by its title', () => {
  it('reads a page whose one h1 is its title, with no stated metadata, as titled; not one naming a date or stating og:type', () => {
    expect(readPageMeta(page('Four ways to save on energy this winter | Example News', LISTICLE)).titled).toBe(true);
    expect(readPageMeta(page('2025-06-22 國際新聞', '<h1>2025-06-22 國際新聞</h1><p>…</p>')).titled).toBe(false);
    expect(readPageMeta(page('Four ways to save | Example', LISTICLE, '<meta property="og:type" content="article">')).titled).toBe(false);
    expect(readPageMeta(page('Example News — home', LISTICLE)).titled).toBe(false);
  });

  it('keeps a listicle, a photo story and a diary one story under the page headline', () => {
    expect(headlines(page('Four ways to save on energy this winter | Example News', LISTICLE))).toEqual(['Four ways to save on energy this winter']);
    expect(headlines(page('组图：春耕时节田间忙_图片_某某网', PHOTO_STORY))).toEqual(['组图：春耕时节田间忙']);
    expect(headlines(page('南极科考日记：在冰原上的三十天_新闻_某某网', DIARY))).toEqual(['南极科考日记：在冰原上的三十天']);
  });

  it('still splits a briefs page whose items carry their own datelines', () => {
    expect(headlines(page('World news in brief - Example', BRIEFS))).toEqual(['Quake shakes island', 'Floods close roads', 'Strike halts trains']);
  });
});
