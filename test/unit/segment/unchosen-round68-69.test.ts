// Layouts met in the sixty-eighth and sixty-ninth single-story rounds of issue #12 (whole saved HTML pages): a
// tabloid column whose words are masked by stars ("f***ing", "b*****ks"); a by-line that parts the writer from the
// publication date by a slash ("By Jane Doe / Published 29th December 2014"), set under a standfirst below the h1;
// a magazine page whose h1 stands in a header apart from the text, the text's first section head further down.
// Pages and texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromDom } from '../../../lib/blocks/dom';
import { selectContentBlocks } from '../../../lib/blocks/content';
import { blocksFromText } from '../../../lib/blocks/text';
import { withPageMeta } from '../../../lib/meta/apply';
import type { PageMeta } from '../../../lib/meta/page-meta';
import type { SegmentedArticle } from '../../../lib/types';
import { extractDocument } from '../../../lib/pipeline';
import { segment } from '../../../lib/segment';
import { parseBylineLine } from '../../../lib/segment/byline';

const text = (s: string) => segment(blocksFromText(s));

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html lang="en"><head><title>Example Weekly</title><meta property="og:type" content="article">${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('words masked by stars inside a paragraph', () => {
  it('leave each paragraph whole: the stars are no headline closed by a rule', () => {
    const seg = text(
      [
        'My neighbour and the great hedge war',
        'He called the new fence a load of b*****ks and said so to anyone who walked past the gate that week.',
        'The council said the whole s***ging match was a private matter and would not send anyone round to look.',
        'By Friday the fence was down again and the hedge was back, and nobody on the street said a word about it.',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
    const paras = seg.articles[0]!.paragraphs;
    expect(paras).toHaveLength(3);
    expect(paras[0]).toContain('a load of b*****ks and said so');
    expect(paras[1]).toContain('the whole s***ging match was');
  });
});

describe('a by-line parting the writer from the publication date by a slash', () => {
  it('names the writer', () => {
    expect(parseBylineLine('By Jane Doe / Published 29th December 2014')?.authors).toEqual(['Jane Doe']);
  });

  it('is read as the byline under the h1, past the standfirst between them', () => {
    const doc = page(
      '',
      '<article><header><h1>Town hall clock stops after a century of keeping time</h1>' +
        '<p class="lead">The clock that has watched over the market square since 1914 has fallen silent.</p>' +
        '<div class="byline publication-date">By <a class="author" href="/writers/jd">Jane Doe</a> <span class="sep">/</span> <time datetime="2014-12-29T09:50:00Z">Published <span>29th December 2014</span></time></div>' +
        '</header><section class="text">' +
        '<p>The town hall clock stopped at twenty past four on Sunday afternoon, and the engineers who look after it say it will take weeks to mend.</p>' +
        '<p>The clock was built by a local firm and has only stopped twice before, once in a storm and once when a pigeon nested in the works.</p>' +
        '<p>The council says the repairs will be paid for from the market fund, and that the bells will ring again by the spring.</p>' +
        '</section></article>',
    );
    const [a] = extractDocument(doc, { url: null, gazetteer: null }).result.articles;
    expect(a?.headline).toBe('Town hall clock stops after a century of keeping time');
    expect(a?.byline?.authors).toEqual(['Jane Doe']);
    expect(a?.paragraphs.some((p) => p.includes('Published 29th'))).toBe(false);
  });
});

describe("a section head the text runs on to, under an h1 set in a header of its own", () => {
  it('stays among the paragraphs at its place when the h1 heads the story', () => {
    const para = (s: string) => `<p>${s} The readers who wrote in said much the same, and the staff agreed with most of what they said.</p>`;
    const doc = page(
      '<meta property="og:title" content="What a Town Library Is (and Isn’t) Good For">',
      '<main><section class="content-header"><div><a href="/">Home</a> <a href="/towns">Towns</a></div>' +
        '<h1>What a Town Library Is (and Isn’t) Good For</h1><div>Libraries can replace a bookshop, but not a cafe.</div></section>' +
        '<section class="content-body"><article>' +
        para('The library on Main Street has lent books for a hundred years, and it is busier than ever this winter.') +
        para('Its staff run reading hours for children every morning and a homework club in the afternoons.') +
        para('The building is old, and the heating struggles when the snow comes down over the square.') +
        '<h2>What the library does well</h2>' +
        para('Readers who love paper say the shelves are the draw, with the newest novels by the door.') +
        '<h3>Reading hours</h3>' +
        para('Children come every morning at nine to hear a story read aloud by one of the librarians.') +
        '<h2>What it does badly</h2>' +
        para('The upstairs rooms are cold in January, so the reading groups meet downstairs by the radiators.') +
        '</article></section></main>',
    );
    const [a] = extractDocument(doc, { url: null, gazetteer: null }).result.articles;
    expect(a?.headline).toBe('What a Town Library Is (and Isn’t) Good For');
    const paras = a?.paragraphs ?? [];
    const at = paras.indexOf('What the library does well');
    expect(at).toBeGreaterThan(0);
    expect(paras[at - 1]?.startsWith('The building is old')).toBe(true);
    expect(paras[at + 1]?.startsWith('Readers who love paper')).toBe(true);
  });
});

describe('the content blocks under an h1, a standfirst and a by-line', () => {
  it('take the by-line Readability left out, reading past the standfirst', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>' +
        '<h1>Town hall clock stops after a century of keeping time</h1>' +
        '<p class="lead">The clock that has watched over the market square since 1914 has fallen silent.</p>' +
        '<div class="byline">By <a href="/writers/jd">Jane Doe</a> / <time>Published 29th December 2014</time></div>' +
        '<p>The town hall clock stopped at twenty past four on Sunday afternoon, and the engineers say it will take weeks to mend.</p>' +
        '<p>The clock was built by a local firm and has only stopped twice before, once in a storm and once for a pigeon.</p>' +
        '</article></body></html>',
      'text/html',
    );
    const dom = blocksFromDom(doc.body);
    const read = dom.blocks.filter((b) => b.text.startsWith('The town hall') || b.text.startsWith('The clock was')).map((b) => b.text).join('\n');
    const kept = selectContentBlocks(dom, read).map((i) => dom.blocks[i]!.text);
    expect(kept).toContain('By Jane Doe / Published 29th December 2014');
    expect(kept[0]).toBe('Town hall clock stops after a century of keeping time');
  });
});

describe("a section head the segmenter took for the headline, yielding to the page's h1", () => {
  const span = (block: number) => [{ block, blockStart: 0, start: 0, end: 10 }];
  const meta: PageMeta = { headline: 'What a Town Library Is Good For', authors: [], published: null, siteName: null, oneStory: true, h1: ['What a Town Library Is Good For'], titled: false };
  const article = (headBlock: number): SegmentedArticle => ({
    headline: 'What the library does well',
    subheadline: null,
    dateline: null,
    byline: null,
    published: null,
    paragraphs: ['First paragraph.', 'Second paragraph.', 'Third paragraph.'],
    fragments: [],
    continuedFrom: null,
    continuesTo: null,
    truncated: false,
    photo: false,
    headlineSource: span(headBlock),
    paragraphSources: [span(5), span(6), span(11)],
  } as unknown as SegmentedArticle);

  it('stays among the paragraphs where text stands above it', () => {
    const [a] = withPageMeta({ rubrics: [], articles: [article(10)] }, meta, null).articles;
    expect(a?.headline).toBe('What a Town Library Is Good For');
    expect(a?.paragraphs).toEqual(['First paragraph.', 'Second paragraph.', 'What the library does well', 'Third paragraph.']);
  });

  it('is dropped as before where it stands over all the text', () => {
    const [a] = withPageMeta({ rubrics: [], articles: [article(4)] }, meta, null).articles;
    expect(a?.paragraphs).toEqual(['First paragraph.', 'Second paragraph.', 'Third paragraph.']);
  });
});
