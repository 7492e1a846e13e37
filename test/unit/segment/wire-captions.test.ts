// A wire photo's caption printed as text under the picture ("Dec 27, 2014; Harbourtown, ME, USA; … Mandatory Credit:
// Jane Doe-Agency Sports - PIC123") is the picture's caption, not the opening of the story's first paragraph
// (lib/segment/wire-captions.ts).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../lib/pipeline';

function page(caption: string): Document {
  return new DOMParser().parseFromString(
    '<!DOCTYPE html><html lang="en"><head><title>Harbour club wins the derby | Example News</title><meta property="og:type" content="article"></head><body>' +
      `<div class="photo">${caption}</div><h1>Harbour club wins the derby</h1>` +
      '<p>The harbour club hosted its rivals from across the bay on Saturday for the most awaited derby of the season.</p>' +
      '<p>The visitors trailed by four points at half time, but the hosts could not close the gap after the break.</p>' +
      '<p>In the end the visitors pulled away and won by eight points, their tenth win in a row this season.</p>' +
      '</body></html>',
    'text/html',
  );
}

const CAPTION =
  'Mar 14, 2021; Harbourtown, ME, USA; Harbour Club forward Sam Ortiz (12) shoots against the Bay Rovers during the second half at the North Quay Arena. Mandatory Credit: Jo Bell-Example Sports - PIC4821';

describe('a wire photo caption over the story', () => {
  it('is not run into the first paragraph', () => {
    const [a] = extractDocument(page(CAPTION), { url: null, gazetteer: null }).result.articles;
    expect(a?.paragraphs[0]).toBe('The harbour club hosted its rivals from across the bay on Saturday for the most awaited derby of the season.');
    expect(a?.paragraphs.some((p) => p.includes('Mandatory Credit'))).toBe(false);
  });

  it('needs both the dated opening and the credit line', () => {
    const undated = CAPTION.replace('Mar 14, 2021; Harbourtown, ME, USA; ', '');
    const [a] = extractDocument(page(undated), { url: null, gazetteer: null }).result.articles;
    expect(a?.paragraphs[0]?.startsWith('Harbour Club forward Sam Ortiz')).toBe(true);
  });
});
