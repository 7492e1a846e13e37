// An article page whose site loads earlier stories in full below its own ("infinite scroll", issue #12): each later
// story prints its own h1, a date or by-line line under it and paragraphs of its own, and is a story of its own even
// where the page states one article. A related-teasers list under a second heading stays in the page's one story.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../lib/pipeline';

const page = (body: string) =>
  parseHTML(`<!doctype html><html><head><meta charset="utf-8"><title>Harbour crane collapses at dawn - Example Post</title><meta property="og:type" content="article"></head><body><nav><a href="/">Home</a> <a href="/city">City</a></nav>${body}</body></html>`).document;
const headlines = (doc: Document) => extractDocument(doc, { gazetteer: null }).segmentation.articles.map((a) => a.headline);

const OWN = `<article><span class="cat">City</span><h1>Harbour crane collapses at dawn</h1><p class="meta">By Ana Ruiz</p><p class="date">March 4, 2026</p>
<p>A container crane at the east harbour collapsed shortly before dawn on Tuesday, crushing two empty trucks on the quay below and closing the terminal for the day.</p>
<h2>No one hurt</h2><p>Port officials said the night shift had ended minutes earlier and nobody was standing under the boom when its supports gave way with a loud crack.</p>
<p>Engineers from the port authority spent the morning checking the two neighbouring cranes, which were built by the same firm in the same year.</p>
<h2>Inquiry opened</h2><p>The city's safety board has opened an inquiry and asked the operator for its maintenance records for the past five years, a spokeswoman said.</p></article>`;

const LATER = `<article><h3>City</h3><h1>New tram line opens to the airport</h1><p>Published</p><p>February 27, 2026</p>
<p>The first trams on the new airport line left the central station on Friday morning, cutting the trip to the terminals to twenty-two minutes.</p>
<h2>Fares unchanged</h2><p>Riders pay the same fare as on the rest of the network, and monthly passes are valid on the whole line, the transport company said.</p>
<p>Trams run every eight minutes at peak hours and every quarter of an hour late in the evening, with the last departure shortly after midnight.</p>
<p>The line took four years to build and came in slightly under its budget, which the council called a rare achievement for a project of this size.</p></article>`;

const TEASERS = `<h1>Related stories</h1><ul>
<li><a href="/a">Port strike ends after three days</a> Dockers return to work with a new deal on shift lengths and overtime pay.</li>
<li><a href="/b">Council approves harbour budget</a> The vote clears the way for new cranes and a longer quay by the end of the decade.</li>
<li><a href="/c">Ferry timetable changes in spring</a> Fewer crossings at night and more at weekends, starting on the first of April.</li></ul>`;

describe('full stories loaded below the page\'s own', () => {
  it('reads a later h1 with its own date line and paragraphs as a story of its own', () => {
    expect(headlines(page(OWN + LATER))).toEqual(['Harbour crane collapses at dawn', 'New tram line opens to the airport']);
  });

  it('keeps a related-teasers list under a second h1, and the story\'s h2 section heads, in the one story', () => {
    expect(headlines(page(OWN + TEASERS))).toEqual(['Harbour crane collapses at dawn']);
  });
});
