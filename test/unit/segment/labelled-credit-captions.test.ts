// A picture's caption closed by a labelled credit is the story's picture, not its first words
// (lib/segment/labelled-credit-captions.ts, with the "Credit:" label read in photo-credit.ts).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../lib/pipeline';
import { parsePhotoCredit } from '../../../lib/segment/photo-credit';

const first = 'The harbour board voted on Tuesday to close the old ferry pier for repairs that will last the summer.';
const rest = [
  'Boats will use the north quay instead, and the board said timetables would stay the same for commuters.',
  'Engineers found that several timber piles had rotted below the waterline during an inspection in the spring.',
];

function page(caption: string): Document {
  const html = `<html><head><title>Ferry pier to close | Example News</title>
    <meta property="og:type" content="article"><meta property="article:author" content="Mary Quinn"></head><body>
    <h1>Ferry pier to close for repairs</h1>
    <article><div><img src="pier.jpg" alt="The pier"><div class="mt-2"><span>${caption.split(' Credit:')[0]}</span>
      <span>Credit:${caption.split(' Credit:')[1]}</span></div></div>
    <p>${first}</p><p>${rest[0]}</p><p>${rest[1]}</p></article>
    </body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('captions closed by a labelled credit', () => {
  it('read "Credit: Name / Agency" as a picture credit', () => {
    const c = parsePhotoCredit('Workers on the pier at low tide Credit: Jane Doe / Getty Images');
    expect(c?.byline.photographers).toEqual(['Jane Doe']);
  });

  it('keep the caption out of the first paragraph, and the photographer out of the byline', () => {
    const { result } = extractDocument(page('Waiting for the last boat... Credit: Jane Doe / Getty Images'), { gazetteer: null });
    expect(result.articles).toHaveLength(1);
    const a = result.articles[0]!;
    expect(a.paragraphs).toEqual([first, ...rest]);
    expect(a.fragments.join(' ')).toContain('Waiting for the last boat');
    expect(a.byline?.authors).toEqual(['Mary Quinn']);
  });
});

describe('the credit label', () => {
  it('takes the word for picture before "Credit" with it, leaving no stray word in the caption', () => {
    const text = 'Crew members wave from the deck off the coast. Image Credit: NASA/Bill Ingalls';
    const c = parsePhotoCredit(text);
    expect(c).not.toBeNull();
    expect(text.slice(0, c!.start).trim()).toBe('Crew members wave from the deck off the coast.');
  });
});
