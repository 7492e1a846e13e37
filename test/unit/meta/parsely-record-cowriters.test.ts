// The author tags against the Parse.ly page record (lib/meta/page-meta.ts, round 62): an author meta naming one of a
// story's two writers, spaced oddly ("Jo  Bell"), gives way to the record's whole byline when the record holds that
// name and more; a published date without its time of day takes the record's time for that same day.
import { describe, expect, it } from 'vitest';
import { readPageMeta } from '../../../lib/meta/page-meta';
import { extractDocument } from '../../../lib/pipeline';

function page(head: string): Document {
  const body =
    '<h1>Harbour ferry returns after winter refit</h1>' +
    '<p>The harbour ferry returned to service on Monday after a three-month refit that replaced both of its engines and the passenger deck.</p>' +
    '<p>Operators said the first crossings ran on time and that the new engines had cut fuel use by about a fifth on the short route.</p>' +
    '<p>Weekend timetables resume next month, when the summer crossings to the outer islands begin again for the season.</p>';
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Harbour ferry returns | Example News</title><meta property="og:type" content="article">${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const record = (author: string, date: string) =>
  `<meta name='parsely-page' content='{"title":"Harbour ferry returns","pub_date":"${date}","author":"${author}"}'>`;

describe('an author tag naming one of the writers the Parse.ly page record names', () => {
  it('gives the article both writers, each spaced as printed', () => {
    const doc = page(`<meta name="author" content="Jo  Bell"/>${record('Jo Bell & Sam Ortiz', '2021-03-15T06:30:00+00:00')}`);
    const [a] = extractDocument(doc, { url: null, gazetteer: null }).result.articles;
    expect(a?.byline?.authors).toEqual(['Jo Bell', 'Sam Ortiz']);
  });

  it('keeps the tag when the record names someone else', () => {
    const m = readPageMeta(page(`<meta name="author" content="Jo Bell">${record('Harbour Press & Staff', '2021-03-15T06:30:00+00:00')}`));
    expect(m.authors).toEqual(['Jo Bell']);
  });

  it('collapses the spaces of a lone author tag', () => {
    expect(readPageMeta(page('<meta name="author" content="Jo   Bell">')).authors).toEqual(['Jo Bell']);
  });
});

describe('a published date without its time of day', () => {
  it('takes the time the Parse.ly page record states for that day', () => {
    const m = readPageMeta(page(`<meta property="article:published_time" content="2021-03-15"/>${record('Jo Bell', '2021-03-15T06:30:00+00:00')}`));
    expect(m.published).toBe('2021-03-15T06:30:00+00:00');
  });

  it('stays a date when the record states another day', () => {
    const m = readPageMeta(page(`<meta property="article:published_time" content="2021-03-15"/>${record('Jo Bell', '2021-03-17T06:30:00+00:00')}`));
    expect(m.published).toBe('2021-03-15');
  });
});

describe('a Parse.ly record naming the writer and, after a comma, the paper', () => {
  it('adds no co-writer', () => {
    const m = readPageMeta(page(`<meta name="author" content="Jo Bell">${record('Jo Bell, Harbour Evening Press', '2021-03-15T06:30:00+00:00')}`));
    expect(m.authors).toEqual(['Jo Bell']);
  });
});
