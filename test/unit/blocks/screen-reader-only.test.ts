// Text a page keeps for screen readers only (lib/blocks/dom.ts): elements of the common screen-reader-only utility
// classes (Drupal's element-invisible, visuallyhidden, sr-only, screen-reader-text) are clipped out of sight by the
// site's stylesheet, which a saved page may not carry. The reader never sees them, so neither a photo's file name
// printed as a hidden heading over the picture nor a caption printed twice (once hidden) reaches the story
// (issue #12, round 40).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../lib/pipeline';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Ferry service returns to the island</title></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><a href="/">Home</a> » <a href="/local">Local</a></div>
<div class="photo"><h2 class="element-invisible"><a href="/file/77">3f9a0c1d2e4b5a6978.jpg</a></h2>
<img src="/media/3f9a0c1d2e4b5a6978.jpg"><figcaption class="visuallyhidden">The ferry at the north pier on Monday</figcaption></div>
<p>The ferry to the island ran again on Monday for the first time since the storm damaged its pier in October, the harbour office said.</p>
<p>About two hundred passengers crossed on the first day, most of them islanders who had spent the winter relying on a water taxi.</p>
<p>The harbour office said the timetable would return to six crossings a day from next week once the second boat is back from repairs.</p>
</body></html>`;

describe('screen-reader-only text', () => {
  it('is not read: no hidden file name heading, label or caption reaches the story', () => {
    const articles = extractDocument(parseHTML(PAGE).document, { gazetteer: null }).result.articles;
    expect(articles).toHaveLength(1);
    const all = [articles[0]!.headline, ...articles[0]!.paragraphs].join('\n');
    expect(all).not.toContain('.jpg');
    expect(all).not.toContain('You are here');
    expect(all).not.toContain('The ferry at the north pier');
    expect(articles[0]!.paragraphs[0]).toMatch(/^The ferry to the island ran again/);
  });
});
