import { readFileSync } from 'node:fs';
import { parseGazetteer, scanPlaces } from './lib/places/index.ts';
import { WEIGHING } from './lib/places/model/apply.ts';
const g = parseGazetteer(JSON.parse(readFileSync('public/gazetteer.json', 'utf8')));
const [lang, ...rest] = process.argv.slice(2);
const w = JSON.parse(lang!.slice(3));
if (lang!.startsWith('en')) WEIGHING.en = w; else WEIGHING.zh = w;
for (const p of rest) console.log(p, '→', (scanPlaces([p], g).spans[0] ?? []).map((s) => `${s.text}/${s.level}`).join(' | '));
