// A paragraph closed by a bracketed aside after its last full stop ("… underdogs. (RELATED: …)") is a whole
// paragraph: the paragraph under it stays a paragraph of its own instead of being run into it as the other half of
// an unfinished sentence (lib/segment/aside-end.ts, read in repair.ts).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../lib/pipeline';
import { endsWithAside } from '../../../lib/segment/aside-end';

describe('endsWithAside', () => {
  it('a sentence stop, a space, then one bracket closing the text', () => {
    expect(endsWithAside('The visitors were still big underdogs. (RELATED: Harbour Club Opens Its Winter Season)')).toBe(true);
    expect(endsWithAside('“We will be back,” she said! (Read more on the ferry timetable)')).toBe(true);
  });

  it('no stop before the bracket, a bracket mid-text, a nested or empty bracket, or a long one', () => {
    expect(endsWithAside('The ferry leaves from the north quay (pier 4)')).toBe(false);
    expect(endsWithAside('The ferry (a new one) leaves at noon.')).toBe(false);
    expect(endsWithAside('It sailed on time. (see the map (below))')).toBe(false);
    expect(endsWithAside('It sailed on time. ( )')).toBe(false);
    expect(endsWithAside(`It sailed on time. (${'a long note that goes on '.repeat(10)})`)).toBe(false);
  });
});

function page(body: string): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html lang="en"><head><title>Harbour club wins the derby | Example News</title><meta property="og:type" content="article"></head><body><h1>Harbour club wins the derby</h1>${body}</body></html>`,
    'text/html',
  );
}

describe('a story whose paragraph ends on a related-story link in brackets', () => {
  it('keeps the paragraph under the link a paragraph of its own', () => {
    const doc = page(
      '<p>The harbour club hosted its rivals from across the bay on Saturday for the most awaited derby of the season.</p>' +
        '<p>The hosts had started the season well, but they were still big underdogs against the unbeaten visitors. <a href="/r"><strong>(RELATED: Harbour Club Opens Its Winter Season With A Parade)</strong></a></p>' +
        '<p>The visitors trailed by four points at half time, but the hosts could not close the gap after the break.</p>' +
        '<p>In the end the visitors pulled away and won by eight points, their tenth win in a row this season.</p>',
    );
    const [a] = extractDocument(doc, { url: null, gazetteer: null }).result.articles;
    expect(a?.paragraphs).toHaveLength(4);
    expect(a?.paragraphs[1]?.endsWith('With A Parade)')).toBe(true);
    expect(a?.paragraphs[2]?.startsWith('The visitors trailed by four points')).toBe(true);
  });
});
