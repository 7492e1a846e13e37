// A widget's count (views, comments) labelled only by its tooltip is no line of the story.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksFromDom } from '../../../lib/blocks/dom';
import { isTooltipCount } from '../../../lib/blocks/counters';
import { extractDocument } from '../../../lib/pipeline';

const BODY = `<div class="content post"><h1>Harbour town opens a new ferry line</h1>
<div id="content" class="content"><div class="post-top"><div class="flex byline"><div class="flex-item">
<div class="list-pipes"><ul><li class="publication-author"><a href="/author/jane-roe">Jane Roe</a>, <a href="/">Coast Weekly</a></li></ul></div>
<div class="list-pipes"><ul><li class="date">Dec. 29, 2014,  5:04 PM</li>
<li class="pageviews"><span class="sprites views" title="views">3,417</span></li>
<li title="Read comments" class="comments"><a href="#comments" class="comment_count">12</a></li></ul></div></div></div></div>
<div class="clear-both"><div class="post-content">
<p><em><strong><span class="image-container"><span><img src="ferry.jpg" alt="Ferry"><span class="source"><span>Ann Lee/Coast Weekly</span></span><span class="caption">The new ferry leaves the old port</span></span><p></span>The harbour town opened its first ferry line on Monday, linking the old port with the island across the bay.</strong></em></p>
<p>Officials said the boats would run every hour in summer and every two hours in winter, weather permitting.</p>
<p>Running the line costs 2,400 dollars a day, the council said, and tickets will stay at four dollars a ride.</p>
<p>The first boat left at seven in the morning with forty passengers and a brass band playing on the quay.</p>
</div></div></div></div>`;

const page = () =>
  parseHTML(`<!doctype html><html><head><meta charset="utf-8"><title>Harbour town opens a new ferry line</title><meta property="og:type" content="article"><script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Harbour town opens a new ferry line"}</script></head><body>${BODY}</body></html>`).document;

describe('tooltip counts', () => {
  it('leaves a views count out of the story, and keeps the story and its own numbers', () => {
    const articles = extractDocument(page(), { gazetteer: null }).result.articles;
    expect(articles).toHaveLength(1);
    const paragraphs = articles[0]?.paragraphs ?? [];
    expect(paragraphs[0]).not.toBe('3,417');
    expect(paragraphs.some((p) => p.includes('The harbour town opened'))).toBe(true);
    expect(paragraphs).not.toContain('3,417');
    expect(paragraphs.some((p) => p.startsWith('Running the line costs 2,400'))).toBe(true);
  });

  it('reads only a bare number labelled by its tooltip as a count', () => {
    const d = blocksFromDom(page().body);
    const at = (text: string) => d.blocks.findIndex((b) => b.text === text);
    expect(isTooltipCount('3,417', d.nodes[at('3,417')] ?? [])).toBe(true);
    expect(isTooltipCount('Jane Roe', d.nodes[at('Jane Roe')] ?? [])).toBe(false);
  });
});
