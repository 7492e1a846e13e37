import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildPlaceContext, findPlaces, parseGazetteer, scanPlaces } from '/work/wt/p48/lib/places/index';
const gazetteer = parseGazetteer(JSON.parse(readFileSync('/work/wt/p48/public/gazetteer.json', 'utf8')));
const gold = JSON.parse(readFileSync('/work/wt/p48/test/fixtures/places-gold.json', 'utf8'));
for (let r = 0; r < 20; r++) for (const s of gold.sentences) { const ctx = buildPlaceContext([s.text], gazetteer); findPlaces(s.text, gazetteer, ctx); }
const page = readFileSync('/work/wt/p48/test/fixtures/seed/page.txt', 'utf8');
const big = process.env.NEWS ? readFileSync('/work/wt/p48/.bench/news-zh-2.6MB.txt', 'utf8') : page.repeat(Math.ceil(10e6 / Buffer.byteLength(page)));
const lines = big.slice(0, 1.1e6 / 3).split('\n').filter((l) => l.trim());
const reps = Number(process.env.REPS ?? 1);
let session: any = null;
if (process.env.ALLOC) {
  const inspector = await import('node:inspector');
  session = new inspector.Session();
  session.connect();
  const post = (m: string, p?: object) => new Promise<any>((res, rej) => session.post(m, p ?? {}, (e: any, r: any) => (e ? rej(e) : res(r))));
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  (globalThis as any).__stop = async () => {
    const { profile } = await post('HeapProfiler.stopSampling');
    const self = new Map<string, number>();
    const walk = (n: any) => { const k = n.callFrame.functionName + ':' + n.callFrame.lineNumber; self.set(k, (self.get(k) ?? 0) + n.selfSize); for (const c of n.children) walk(c); };
    walk(profile.head);
    let tot = 0; for (const v of self.values()) tot += v; console.log('total MB', (tot / 1e6).toFixed(0));
  };
}
for (let r = 0; r < reps; r++) {
const c0 = process.cpuUsage();
const t0 = performance.now();
const out = process.env.SCAN ? scanPlaces(lines, gazetteer).spans : findPlaces(big, gazetteer);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const h = createHash('md5').update(JSON.stringify(out)).digest('hex').slice(0, 8);
console.log(`run ${r}: ${((process.env.SCAN ? Buffer.byteLength(lines.join("")) : Buffer.byteLength(big)) / 1e6 / (ms / 1000)).toFixed(2)} MB/s wall, ${((process.env.SCAN ? Buffer.byteLength(lines.join("")) : Buffer.byteLength(big)) / 1e6 / (cpu.user / 1e6)).toFixed(2)} MB/user-s, ${out.length} spans ${h}`);
}
if (process.env.ALLOC) await (globalThis as any).__stop();
