// What the reader sees highlighted is exactly what the pipeline found: every figure and place maps to DOM ranges
// whose text is the span's text, also across repaired column breaks and after a stripped dateline.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageHighlights } from '../../../lib/highlight/entries';
import { rangesForSpan } from '../../../lib/highlight/ranges';
import { extractDocument, type DocumentExtract } from '../../../lib/pipeline';
import { parseGazetteer, type Gazetteer } from '../../../lib/places';
import { loadSeedPage } from '../anchor/seed-page';

let gazetteer: Gazetteer;
let extract: DocumentExtract;

beforeAll(() => {
  gazetteer = parseGazetteer(JSON.parse(readFileSync(resolve('public/gazetteer.json'), 'utf8')));
  extract = extractDocument(loadSeedPage(), { url: 'https://example.com/page.html', gazetteer });
});

describe('highlight ranges on the sample page', () => {
  it('paints every figure and place the pipeline found, on exactly its text', () => {
    const page = pageHighlights(document, extract);
    const found = extract.result.articles.reduce((n, a) => n + a.figures.length + a.places.length, 0);
    expect(page.entries.length).toBe(found);
    for (const e of page.entries) {
      const text = e.kind === 'figure' ? e.figure.text : e.place.text;
      expect(e.ranges.map((r) => r.toString()).join('')).toBe(text);
    }
  });

  it('puts a headline range on each of the 12 articles, reading as the headline', () => {
    const page = pageHighlights(document, extract);
    expect(page.headlines.map((r) => r?.toString())).toEqual(extract.result.articles.map((a) => a.headline));
  });

  it('maps a span that crosses a repaired column break onto both page paragraphs', () => {
    const article = extract.result.articles.findIndex((a) => a.paragraphs.some((p) => p.includes('靶向施策创造条件推动落地')));
    const seg = extract.segmentation.articles[article]!;
    const p = seg.paragraphs.findIndex((t) => t.includes('靶向施策创造条件推动落地'));
    const at = seg.paragraphs[p]!.indexOf('靶向施策创造条件推动落地');
    const ranges = rangesForSpan(document, extract.dom, (b) => extract.contentBlocks[b]!, seg.paragraphSources[p]!, at, at + '靶向施策创造条件推动落地'.length);
    expect(ranges.map((r) => r.toString())).toEqual(['靶向施策创造', '条件推动落地']);
    expect(ranges[0]!.startContainer.parentElement).not.toBe(ranges[1]!.startContainer.parentElement);
  });
});
