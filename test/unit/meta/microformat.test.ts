// The headline a page marks with the hAtom / hNews microformat (lib/meta/microformat.ts): a page with no
// structured data, no og:title and no h1, whose <title> is the site's generic one, comes back under the title its
// markup gives its entry; an index that marks several entries states no one headline (issue #12, round 31).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { microformatHeadline } from '../../../lib/meta/microformat';
import { readPageMeta } from '../../../lib/meta/page-meta';
import { extractDocument } from '../../../lib/pipeline';

const page = (title: string, body: string, head = '') =>
  parseHTML(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>${body}</body></html>`).document;

const STORY = `<table class="hnews hentry item"><tr><td><div class="timestamp">Jun 13, 4:03 PM EDT</div>
<p class="body"><span class="headline entry-title">Harbor town votes to rebuild its old sea wall</span></p>
<span class="byline">By ANN LEE</span><br><span>Associated Press</span></td></tr>
<tr><td><p>PORTVILLE (AP) -- Voters in this harbor town approved a plan on Monday to rebuild the sea wall that has kept winter storms off the main street for a century.</p>
<p>The measure passed by a wide margin after a campaign in which residents described flooded basements and closed shops after each of the last three storms.</p>
<p>Work is to start in the spring and take two years, the town council said, with most of the cost covered by a state grant awarded last year.</p></td></tr></table>`;

describe('the hAtom / hNews entry title', () => {
  it('is the headline a page states when it has no structured data, og:title or h1', () => {
    const doc = page('News from the Wire', STORY);
    expect(readPageMeta(doc).headline).toBe('Harbor town votes to rebuild its old sea wall');
    expect(extractDocument(doc, { gazetteer: null }).result.articles.map((a) => a.headline)).toEqual(['Harbor town votes to rebuild its old sea wall']);
  });

  it('yields to a stated og:title, and is none on an index marking several different entries', () => {
    expect(readPageMeta(page('x', STORY, '<meta property="og:title" content="Sea wall vote">')).headline).toBe('Sea wall vote');
    const index = page('Blog', '<h2 class="entry-title">First post of the week</h2><p>…</p><h2 class="entry-title">Second post of the week</h2><p>…</p>');
    expect(microformatHeadline(index)).toBeNull();
    expect(microformatHeadline(page('Blog', '<h2 class="entry-title">Same title here</h2><h2 class="entry-title">Same title here</h2>'))).toBe('Same title here');
  });
});

// The date and author an hNews entry marks (issue #12, round 47): a page with og:title and og:type but no JSON-LD
// and no author or date meta, whose By line is an hCard ("author vcard") and whose time is an "updated" span with
// the ISO time in its title, comes back dated and bylined as it prints; the writer's group after the name is no
// second writer; an index marking entries of several dates states no one date.
const MARKED = `<div class="hnews"><div id="article"><h1>Ferry service resumes after the winter break</h1>
<div id="Byline">By <span class="author vcard"><a class="bl" href="/user/alee/">Ann Lee, Harbor Media Group</a></span>
<br/>on March 2, 2015 at 9:05 AM, updated <span class="updated" title="2015-03-02T14:20:00Z">March 2, 2015 at 9:20 AM</span></div>
<div class="entry-content"><p>The first ferry of the season left the north pier on Monday morning with forty passengers aboard, two weeks earlier than last year.</p>
<p>The crossing took under an hour in calm water, the captain said, and the afternoon boats were already full by noon.</p>
<p>Service will run four times a day until June, when the summer timetable adds two evening crossings.</p></div></div></div>`;
const OG = '<meta property="og:type" content="article"><meta property="og:title" content="Ferry service resumes after the winter break">';

describe('the hAtom / hNews entry date and author', () => {
  it('date and byline a page that states them in no meta tag', () => {
    const doc = page('Ferry service resumes after the winter break | Gazette', MARKED, OG);
    const [article] = extractDocument(doc, { gazetteer: null }).result.articles;
    expect(article?.published).toBe('2015-03-02T14:20:00Z');
    expect(article?.byline?.authors).toEqual(['Ann Lee']);
  });

  it('yield to the meta tags, and an index marking several dates states none', () => {
    const meta = readPageMeta(page('x', MARKED, `${OG}<meta name="author" content="Bo Chen"><meta property="article:published_time" content="2015-03-01T08:00:00Z">`));
    expect(meta.authors).toEqual(['Bo Chen']);
    expect(meta.published).toBe('2015-03-01T08:00:00Z');
    const index = page('Blog', '<div class="hentry"><span class="published" title="2015-01-02">Jan 2</span></div><div class="hentry"><span class="published" title="2015-01-09">Jan 9</span></div>');
    expect(readPageMeta(index).published).toBeNull();
  });
});
