// Traditional-Chinese pages from Taiwan, Hong Kong, Macau and overseas (test/fixtures/hant/, written for Jianbao
// in the layouts of the papers named in each gold file): the same story, dateline, byline, figures and places
// as a reader of the page would mark them. Each gold file lists its known deviations with the reason; every
// other figure and place must be found with its value, unit and code, and nothing else may be marked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { loadGazetteer } from '../places/load';

interface Gold {
  source: string;
  region: string;
  articles: {
    headline: string;
    dateline: { source: string; place: string | null } | null;
    reporters: string[];
    figures: [string, number | null, string | null][];
    places: [string, string | null][];
    optionalPlaces: string[];
  }[];
  deviations: [string, string][];
}

const dir = join(process.cwd(), 'test/fixtures/hant');
const ids = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
const g = loadGazetteer();
const tally = { figures: 0, figuresFound: 0, places: 0, placesFound: 0 };

describe('Traditional-Chinese pages', () => {
  it('holds at least ten pages from Taiwan, Hong Kong, Macau and overseas', () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
    const regions = new Set(ids.map((id) => (JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as Gold).region));
    for (const r of ['TW', 'HK', 'MO']) expect(regions).toContain(r);
  });

  for (const id of ids) {
    it(`${id}: the story, its dateline, byline, figures and places`, () => {
      const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as Gold;
      const result = extractText(readFileSync(join(dir, `${id}.txt`), 'utf8'), { gazetteer: g });
      const deviant = new Set(gold.deviations.map(([text]) => text));
      expect(result.articles.map((a) => a.headline)).toEqual(gold.articles.map((a) => a.headline));
      gold.articles.forEach((want, i) => {
        const a = result.articles[i]!;
        if (want.dateline === null) expect(a.dateline).toBeNull();
        else expect(a.dateline).toMatchObject(want.dateline);
        expect(a.byline?.reporters ?? []).toEqual(want.reporters);

        for (const [text, value, unit] of want.figures) {
          const hit = a.figures.find((f) => f.text === text && f.value === value && f.unit === unit);
          tally.figures++;
          if (hit) tally.figuresFound++;
          if (!deviant.has(text)) expect(hit, `${id}: figure ${text}`).toBeDefined();
        }
        const figureTexts = new Set([...want.figures.map(([t]) => t), ...deviant]);
        expect(a.figures.map((f) => f.text).filter((t) => !figureTexts.has(t)), `${id}: stray figures`).toEqual([]);

        for (const [text, code] of want.places) {
          const hit = a.places.find((p) => p.text === text && p.code === code);
          tally.places++;
          if (hit) tally.placesFound++;
          if (!deviant.has(text)) expect(hit, `${id}: place ${text}`).toBeDefined();
        }
        const placeTexts = new Set([...want.places.map(([t]) => t), ...want.optionalPlaces, ...deviant]);
        expect(a.places.map((p) => p.text).filter((t) => !placeTexts.has(t)), `${id}: stray places`).toEqual([]);
      });
    });
  }

  it('reports the share of gold figures and places found exactly (deviations included)', () => {
    console.log(
      `Traditional pages: figures ${tally.figuresFound}/${tally.figures}, places ${tally.placesFound}/${tally.places} found with value, unit and code`,
    );
    expect(tally.figures).toBeGreaterThan(0);
  });
});
