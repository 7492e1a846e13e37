// The story a page marks with schema.org microdata (lib/meta/microdata.ts): a page with no JSON-LD, no og:type and
// no og:title, whose article element is an itemscope typed NewsArticle with an itemprop="headline" h1, is one
// story: an interview's bold questions and a photo box above the text do not split it, and it comes back under
// the marked headline; a page marking several articles with different headlines states nothing (issue #12, round 40).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { microdataClaim } from '../../../lib/meta/microdata';
import { readPageMeta } from '../../../lib/meta/page-meta';
import { extractDocument } from '../../../lib/pipeline';

const page = (title: string, body: string) =>
  parseHTML(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/arts">Arts</a></nav>${body}</body></html>`).document;

const INTERVIEW = `<div class="breadcrumb"><a href="/">Home</a> » <a href="/arts">Arts</a></div>
<h1 class="title">Arts Desk</h1>
<article itemscope itemtype="http://schema.org/NewsArticle">
<header><h1 itemprop="headline" class="node-title">Two painters talk about the mural that took them a decade</h1></header>
<div class="photo"><img src="/m.jpg"><h3>Photo by:</h3><div>Staff Photographer</div>
<div>The two painters stand in front of the finished wall on the east side of the old market hall, where it was unveiled last week.</div></div>
<time itemprop="datePublished" datetime="2024-03-02">Saturday, March 2, 2024</time>
<h3>By:</h3><div><a href="/users/kim">Kim Moss</a></div>
<div class="body"><p>The mural on the old market hall took two painters ten years, a crane and more than four hundred litres of paint. They sat down with us in their studio to talk about the work.</p>
<p><strong>How did the two of you start working together on the wall?</strong></p>
<p>JR We met at a workshop in the town library and found that we both wanted to paint something larger than a canvas.</p>
<p>AL It was her idea to ask the council. I thought they would laugh at us, but they gave us the wall for a year.</p>
<p><strong>And the year became ten?</strong></p>
<p>JR The weather decided that. We could only paint from May to September, and some summers it rained for weeks.</p>
<p>AL We also changed the design twice, once after the market itself nearly closed and the traders asked to be in it.</p></div>
</article>`;

describe('a schema.org microdata article', () => {
  it('makes the page one story under its itemprop headline', () => {
    const doc = page('Arts Desk | The Town Courier', INTERVIEW);
    const articles = extractDocument(doc, { gazetteer: null }).result.articles;
    expect(articles.map((a) => a.headline)).toEqual(['Two painters talk about the mural that took them a decade']);
    expect(articles[0]!.paragraphs.join(' ')).toContain('And the year became ten?');
    const meta = readPageMeta(doc);
    expect(meta.oneStory).toBe(true);
    expect(meta.headline).toBe('Two painters talk about the mural that took them a decade');
  });

  it('reads a <meta itemprop="headline"> and several items with one headline; several headlines state nothing', () => {
    const meta = page('x', '<div itemscope itemtype="https://schema.org/Article"><meta itemprop="headline" content="Harbor town votes to rebuild its sea wall"><p>…</p></div>');
    expect(microdataClaim(meta)).toEqual({ oneStory: true, headline: 'Harbor town votes to rebuild its sea wall' });
    const index = page('News', '<article itemscope itemtype="http://schema.org/NewsArticle"><h2 itemprop="headline">First story of the day here</h2></article><article itemscope itemtype="http://schema.org/NewsArticle"><h2 itemprop="headline">Second story of the day here</h2></article>');
    expect(microdataClaim(index)).toEqual({ oneStory: false, headline: null });
    expect(readPageMeta(index).oneStory).toBe(false);
    expect(microdataClaim(page('x', '<div itemscope itemtype="http://schema.org/Person"><span itemprop="name">Kim Moss</span></div>'))).toBeNull();
  });
});
