import { readFileSync } from 'node:fs';
import { parseGazetteer, scanPlaces } from './lib/places/index.ts';
const g = parseGazetteer(JSON.parse(readFileSync('public/gazetteer.json', 'utf8')));
for (const p of process.argv.slice(2)) console.log(p, '→', (scanPlaces([p], g).spans[0] ?? []).map((s) => `${s.text}/${s.level}`).join(' | '));
