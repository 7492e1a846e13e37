// Parse.ly's page tags (lib/meta/parsely.ts): a page whose only statement of its writer and publication time is the
// parsely-author / parsely-pub-date meta pair gets its byline and date from them; the standard tags still come first.
import { describe, expect, it } from 'vitest';
import { readPageMeta } from '../../../lib/meta/page-meta';
import { extractDocument } from '../../../lib/pipeline';

function page(head: string): Document {
  const body =
    '<h1>Harbour ferry returns after winter refit</h1>' +
    '<p>Jo Bell, Quay Street</p>' +
    '<p>The harbour ferry returned to service on Monday after a three-month refit that replaced both of its engines and the passenger deck.</p>' +
    '<p>Operators said the first crossings ran on time and that the new engines had cut fuel use by about a fifth on the short route.</p>' +
    '<p>Weekend timetables resume next month, when the summer crossings to the outer islands begin again for the season.</p>';
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Harbour ferry returns after winter refit | Example News</title><meta property="og:type" content="article">${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const PARSELY = '<meta name="parsely-pub-date" content="2021-03-15T06:30:00Z"><meta name="parsely-author" content="Jo Bell"><meta name="parsely-author" content="Sam Ortiz">';

describe('Parse.ly author and pub-date tags', () => {
  it('give the article its writers and publication time when no other tag states them', () => {
    const [a] = extractDocument(page(PARSELY), { url: null, gazetteer: null }).result.articles;
    expect(a?.headline).toBe('Harbour ferry returns after winter refit');
    expect(a?.byline?.authors).toEqual(['Jo Bell', 'Sam Ortiz']);
    expect(a?.published).toBe('2021-03-15T06:30:00Z');
  });

  it('come after the article:* and author tags', () => {
    const m = readPageMeta(page(`<meta property="article:published_time" content="2021-03-14T22:00:00Z"><meta name="author" content="Kim Park">${PARSELY}`));
    expect(m.authors).toEqual(['Kim Park']);
    expect(m.published).toBe('2021-03-14T22:00:00Z');
  });

  it('name no writer from an empty tag', () => {
    expect(readPageMeta(page('<meta name="parsely-author" content=" ">')).authors).toEqual([]);
  });
});

describe("Parse.ly's one-tag page record (parsely-page JSON)", () => {
  const RECORD = `<meta name='parsely-page' content='{"title":"Harbour ferry returns after winter refit","type":"post","pub_date":"2021-03-15T06:30:00Z","section":"Local","author":"Jo Bell","tags":["ferry"]}'>`;

  it('gives the article its writer and publication time when no other tag states them', () => {
    const [a] = extractDocument(page(RECORD), { url: null, gazetteer: null }).result.articles;
    expect(a?.byline?.authors).toEqual(['Jo Bell']);
    expect(a?.published).toBe('2021-03-15T06:30:00Z');
  });

  it('yields to an hAtom entry that names the writer', () => {
    const doc = page(RECORD);
    doc.body.insertAdjacentHTML('afterbegin', '<div class="hentry"><span class="author vcard"><span class="fn">Kim Park</span></span></div>');
    expect(readPageMeta(doc).authors).toEqual(['Kim Park']);
  });

  it('yields to the repeated parsely-author and parsely-pub-date tags', () => {
    const m = readPageMeta(page(`${RECORD}${PARSELY}`));
    expect(m.authors).toEqual(['Jo Bell', 'Sam Ortiz']);
    expect(m.published).toBe('2021-03-15T06:30:00Z');
  });

  it('names nobody from a record that is not JSON', () => {
    const m = readPageMeta(page(`<meta name="parsely-page" content="{author: Jo Bell}">`));
    expect(m.authors).toEqual([]);
    expect(m.published).toBeNull();
  });
});
