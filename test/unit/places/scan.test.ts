import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../lib/pipeline';
import { buildPlaceContext, findPlaces, scanPlaces } from '../../../lib/places/index';
import { loadSeedPage } from '../anchor/seed-page';
import { loadGazetteer } from './load';

const g = loadGazetteer();

/** What the pipeline did before scanPlaces: the context from all texts, then every text again with it. */
function twoPasses(texts: string[]) {
  const context = buildPlaceContext(texts, g);
  return { context, spans: texts.map((t) => findPlaces(t, g, context)) };
}

describe('scanPlaces', () => {
  it('marks a short form settled by a full name later on the page, as two passes do', () => {
    const texts = ['兴安各旗县加快发展', '九原重点产业', '兴安盟召开会议，包头市九原区参加', 'Victoria and Melbourne'];
    const scan = scanPlaces(texts, g);
    expect(scan.spans).toEqual(twoPasses(texts).spans);
    expect(scan.spans[0]!.map((s) => [s.text, s.name])).toEqual([['兴安', '兴安盟']]);
    expect(scan.spans[1]!.map((s) => [s.text, s.name])).toEqual([['九原', '九原区']]);
  });

  it('builds the same page context as buildPlaceContext', () => {
    const texts = ['本报包头2月9日电 东胜区举行活动', '鄂尔多斯市东胜区', 'Austin, Texas'];
    const { context } = scanPlaces(texts, g);
    const expected = twoPasses(texts).context;
    expect([...context.mentioned].sort()).toEqual([...expected.mentioned].sort());
    expect([...context.areas].sort()).toEqual([...expected.areas].sort());
  });

  it('finds on the gold sentences, read as one page, exactly what two passes find', () => {
    const gold = JSON.parse(readFileSync('test/fixtures/places-gold.json', 'utf8')) as { sentences: { text: string }[] };
    const texts = gold.sentences.map((s) => s.text);
    expect(scanPlaces(texts, g).spans).toEqual(twoPasses(texts).spans);
  });

  it('hands the annotator the page context the pipeline resolved the page with', () => {
    const extract = extractDocument(loadSeedPage(), { url: 'https://example.com/page.html', gazetteer: g });
    const texts = extract.result.articles.flatMap((a) => [a.headline, ...a.paragraphs]);
    const expected = buildPlaceContext(texts, g);
    expect(extract.context).toBeDefined();
    expect([...extract.context!.mentioned].sort()).toEqual([...expected.mentioned].sort());
    expect([...extract.context!.areas].sort()).toEqual([...expected.areas].sort());
    expect(extract.context!.mentioned.size).toBeGreaterThan(0);
  });
});
