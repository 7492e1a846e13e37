import { readFileSync } from 'node:fs';
import { parseGazetteer, scanPlaces } from './lib/places/index.ts';
import { WEIGHING } from './lib/places/model/apply.ts';
const g = parseGazetteer(JSON.parse(readFileSync('public/gazetteer.json', 'utf8')));
const read = (f: string) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; loc: [number, number][] });
const pd = read(process.env.PD ?? '/work/shared/fixtures/ner/peoples-daily-test.jsonl');
const en = read('/work/shared/fixtures/ner/conll03-testa.jsonl');
function run(set: typeof pd) {
  let tp = 0, fp = 0, fn = 0;
  for (const s of set) {
    const got = new Set((scanPlaces([s.text], g).spans[0] ?? []).map((p) => `${p.start}:${p.end}`));
    const want = new Set(s.loc.map(([a, b]) => `${a}:${b}`));
    for (const k of got) (want.has(k) ? tp++ : fp++);
    for (const k of want) if (!got.has(k)) fn++;
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(2 * p * r / (p + r)).toFixed(3)}`;
}
const grid = JSON.parse(process.argv[2]!) as [number, number, number, number][];
const page = readFileSync('test/fixtures/seed/page.txt', 'utf8').split(/\n+/).map((p) => p.trim()).filter(Boolean);
const exp = JSON.parse(readFileSync('test/fixtures/seed/expected.json', 'utf8')).places;
const probes = ['河南乡村振兴', '甘其毛都、策克、满都拉三大对蒙重点口岸', '他到示范县考察', '准旗、伊旗两地'];
for (const [rule, local, fresh, vetoed] of grid) {
  if (process.env.EN) WEIGHING.en = { rule, local, fresh, vetoed }; else WEIGHING.zh = { rule, local, fresh, vetoed };
  const spans = scanPlaces(page, g).spans.flat();
  const texts = new Set(spans.map((s) => s.text));
  const allowed = new Set([...exp.required, ...exp.optional]);
  console.log('seed missing', exp.required.filter((r: string) => !texts.has(r)), 'neg', exp.negative.filter((r: string) => texts.has(r)), 'stray', spans.filter((s) => !allowed.has(s.text) && s.text !== s.name).map((s) => s.text));
  console.log(probes.map((p) => (scanPlaces([p], g).spans[0] ?? []).map((s) => s.text).join('|')).join(' ; '));
  console.log(rule, local, fresh, vetoed, process.env.EN ? 'en ' + run(en) : 'pd ' + run(pd));
}
