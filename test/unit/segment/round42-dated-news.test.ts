// Held-out round 42 of issue 12 (whole saved pages of the magic-html benchmark): an English news page that dates its
// story with the date alone before a dash at the head of the first paragraph ("May 9, 2024 – Were you…") gets that
// date as its dateline, the paragraph starting with its own words; and a byline the site labels "Written by" is read
// as the byline it is. Invented pages in the same layout.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../lib/pipeline';

const page = (byline: string, first: string) =>
  `<html><head><title>Daily Walks Cut Knee Pain in Older Runners</title><meta property="og:type" content="article"></head><body>` +
  `<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><header><h1>Daily Walks Cut Knee Pain in Older Runners</h1></header>` +
  `<div class="byline"><span>${byline}</span></div><div class="readtime">4 min read</div>` +
  `<p>${first}</p>` +
  `<p>The trial followed 1,200 runners over 60 for two years, comparing those who walked for half an hour a day with those who rested between runs.</p>` +
  `<p>“Gentle movement keeps the joint fed,” said one of the authors, a professor of sports medicine who was not paid by any shoe maker.</p>` +
  `<p>The researchers said more work is needed before the advice reaches clinics, but the early results were clear enough to share.</p>` +
  `</article><footer><p>© 2024 Example Health. All rights reserved.</p></footer></body></html>`;

const extract = (html: string) => extractDocument(new DOMParser().parseFromString(html, 'text/html'), { gazetteer: null }).result.articles;

describe('a date alone before a dash opening the story', () => {
  it('is the dateline, and the first paragraph opens with the story’s own words', () => {
    const [a, ...rest] = extract(page('By Ann Lee', 'June 3, 2024 – Do your knees ache after a long run? A new study says a daily walk may help more than rest does.'));
    expect(rest).toEqual([]);
    expect(a!.paragraphs[0]).toMatch(/^Do your knees ache/);
    expect(a!.dateline?.date).toBe('2024-06-03');
  });

  it('needs the year: a sentence opening with a month and a day stays the text', () => {
    const [a] = extract(page('By Ann Lee', 'June 3 – the day the trial closed – was the last time the runners met as a group before the results.'));
    expect(a!.paragraphs[0]).toMatch(/^June 3 – the day/);
  });
});

describe('a byline labelled "Written by"', () => {
  it('names the author', () => {
    const [a] = extract(page(' Written by Ann Lee', 'Do your knees ache after a long run? A new study says a daily walk may help more than rest does.'));
    expect(a!.byline?.authors).toEqual(['Ann Lee']);
    expect(a!.paragraphs.join(' ')).not.toContain('Written by');
  });
});
