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
