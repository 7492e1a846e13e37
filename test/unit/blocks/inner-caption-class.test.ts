// A picture's caption set as a classed span in a bare paragraph beside the <img> ("<p><img><span class="caption">…
// [AGENCY]</span></p>", round 62): the block carries the span's class (lib/blocks/dom.ts, Block.innerClass), so the
// caption is read as the picture's (lib/segment/class-captions.ts), not run onto the paragraph under it.
import { describe, expect, it } from 'vitest';
import { blocksFromDom } from '../../../lib/blocks/dom';
import { extractDocument } from '../../../lib/pipeline';

const caption = (text: string) => `<section class="photo"><p>\n  <img src="a.jpg" alt="">\n  <span class="caption">${text}</span>\n</p></section>`;

function page(): Document {
  const body =
    '<article><h1>Harbour ferry returns after winter refit</h1>' +
    caption('REFIT: The ferry leaving the dry dock on Monday morning [PORT PHOTOS]') +
    '<section class="text"><p>The harbour ferry returned to service on Monday after a three-month refit that replaced both of its engines.</p>' +
    '<p>Operators said the first crossings ran on time and that the new engines had cut fuel use by about a fifth.</p></section>' +
    caption('CROWDS: Passengers queue for the first crossing [PORT PHOTOS]') +
    '<section class="text"><p>Weekend timetables resume next month, when the summer crossings to the outer islands begin again.</p>' +
    '<p>The operator thanked the yard for finishing the work two weeks ahead of the date it had set in the autumn.</p></section></article>';
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Harbour ferry</title></head><body>${body}</body></html>`, 'text/html');
}

describe('a caption span in a bare paragraph', () => {
  it('gives its block the span class', () => {
    const doc = new DOMParser().parseFromString(`<body>${caption('REFIT: The ferry [PORT PHOTOS]')}<p>Plain <span class="x">text</span> here.</p></body>`, 'text/html');
    const { blocks } = blocksFromDom(doc.body);
    expect(blocks[0]?.innerClass).toBe('caption');
    expect(blocks[1]?.innerClass).toBeUndefined();
  });

  it('is kept as the picture caption, the paragraphs under it opening on their own words', () => {
    const [a] = extractDocument(page(), { url: null, gazetteer: null }).result.articles;
    expect(a?.paragraphs[0]).toMatch(/^The harbour ferry returned/);
    expect(a?.paragraphs.some((p) => p.startsWith('Weekend timetables'))).toBe(true);
    expect(a?.paragraphs.join(' ')).not.toContain('PORT PHOTOS');
    expect(a?.fragments).toContain('REFIT: The ferry leaving the dry dock on Monday morning [PORT PHOTOS]');
  });
});
