// Compares place recognition on test/fixtures/places-gold.json: Jianbao vs jieba POS "ns" vs compromise
// .places(). Entity-level precision/recall/F1 on exact spans, plus time. Run: npx tsx bench/places-eval.ts
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compromisePlaces, jiebaPlaces } from '../eval/place-peers';
import type { Span } from '../eval/span-score';
import { buildPlaceContext, findPlaces, parseGazetteer } from '../lib/places/index';

interface Gold {
  sentences: { text: string; places: string[] }[];
}

const gold = JSON.parse(readFileSync('test/fixtures/places-gold.json', 'utf8')) as Gold;
const goldSpans = gold.sentences.map(({ text, places }) => {
  let from = 0;
  return places.map((p): Span => {
    const at = text.indexOf(p, from);
    if (at < 0) throw new Error(`gold place ${p} not in: ${text}`);
    from = at + p.length;
    return [at, at + p.length];
  });
});

const resourceBytes = readFileSync('public/gazetteer.json');
let t0 = performance.now();
const gazetteer = parseGazetteer(JSON.parse(resourceBytes.toString('utf8')));
const loadMs = performance.now() - t0;

const systems: Record<string, (text: string) => Span[]> = {
  jianbao: (text) => {
    const ctx = buildPlaceContext([text], gazetteer);
    return findPlaces(text, gazetteer, ctx).map((s) => [s.start, s.end]);
  },
  'jieba ns': jiebaPlaces,
  'compromise places': compromisePlaces,
};

const rows: string[][] = [];
for (const [name, run] of Object.entries(systems)) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const t = performance.now();
  const reps = 20;
  let predicted: Span[][] = [];
  for (let r = 0; r < reps; r++) predicted = gold.sentences.map((s) => run(s.text));
  const ms = (performance.now() - t) / reps;
  predicted.forEach((pred, i) => {
    const g = new Set(goldSpans[i]!.map(([a, b]) => `${a}:${b}`));
    const p = new Set(pred.map(([a, b]) => `${a}:${b}`));
    for (const k of p) (g.has(k) ? tp++ : fp++);
    for (const k of g) if (!p.has(k)) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  rows.push([name, precision.toFixed(3), recall.toFixed(3), f1.toFixed(3), `${tp}/${fp}/${fn}`, ms.toFixed(2)]);
}

// Throughput on a large Chinese text (the seed page repeated to ~10 MB of UTF-8).
const page = readFileSync('test/fixtures/seed/page.txt', 'utf8');
const big = page.repeat(Math.ceil(10e6 / Buffer.byteLength(page)));
t0 = performance.now();
findPlaces(big, gazetteer);
const jianbaoMBs = Buffer.byteLength(big) / 1e6 / ((performance.now() - t0) / 1000);
const sample = big.slice(0, 300_000);
t0 = performance.now();
jiebaPlaces(sample);
const jiebaMBs = Buffer.byteLength(sample) / 1e6 / ((performance.now() - t0) / 1000);

console.log(`gold: ${gold.sentences.length} sentences, ${goldSpans.flat().length} places`);
console.log('system             precision recall  F1     tp/fp/fn  ms/set');
for (const r of rows) console.log(`${r[0]!.padEnd(18)} ${r[1]!.padEnd(9)} ${r[2]!.padEnd(7)} ${r[3]!.padEnd(6)} ${r[4]!.padEnd(9)} ${r[5]}`);
console.log(`resource: ${(resourceBytes.length / 1e6).toFixed(2)} MB raw, ${(gzipSync(resourceBytes).length / 1e3).toFixed(0)} KB gzip; load+index ${loadMs.toFixed(0)} ms`);
console.log(`throughput on Chinese text: jianbao ${jianbaoMBs.toFixed(1)} MB/s, jieba tag ${jiebaMBs.toFixed(1)} MB/s`);
