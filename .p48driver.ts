import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildPlaceContext, findPlaces, parseGazetteer } from '/work/wt/p48/lib/places/index';
const gazetteer = parseGazetteer(JSON.parse(readFileSync('/work/wt/p48/public/gazetteer.json', 'utf8')));
const gold = JSON.parse(readFileSync('/work/wt/p48/test/fixtures/places-gold.json', 'utf8'));
for (let r = 0; r < 20; r++) for (const s of gold.sentences) { const ctx = buildPlaceContext([s.text], gazetteer); findPlaces(s.text, gazetteer, ctx); }
const page = readFileSync('/work/wt/p48/test/fixtures/seed/page.txt', 'utf8');
const big = process.env.NEWS ? readFileSync('/work/wt/p48/.bench/news-zh-2.6MB.txt', 'utf8') : page.repeat(Math.ceil(10e6 / Buffer.byteLength(page)));
const reps = Number(process.env.REPS ?? 1);
for (let r = 0; r < reps; r++) {
const c0 = process.cpuUsage();
const t0 = performance.now();
const out = findPlaces(big, gazetteer);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const h = createHash('md5').update(JSON.stringify(out)).digest('hex').slice(0, 8);
console.log(`run ${r}: ${(Buffer.byteLength(big) / 1e6 / (ms / 1000)).toFixed(2)} MB/s wall, ${(Buffer.byteLength(big) / 1e6 / (cpu.user / 1e6)).toFixed(2)} MB/user-s, ${out.length} spans ${h}`);
}
