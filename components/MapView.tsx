// The library's map: how many of the filtered clippings mention each country, or each prefecture of China,
// shaded on a colour-blind-safe sequential scale; clicking a region (or its row in the ranked list beside the map,
// for keyboards and screen readers) filters the library by it. Boundaries come from map.json (scripts/build-map.ts).
import { geoConicEqualArea, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useMemo, useState } from 'preact/hooks';
import type { PlaceCounts } from '../lib/summary/places';
import type { Lang, Strings } from './i18n';

export type MapTopology = Topology<{ world: GeometryCollection<RegionProps>; china: GeometryCollection<RegionProps> }>;
interface RegionProps {
  code: string | null;
  name: string;
}
type Layer = 'world' | 'china';

const WIDTH = 720;
const HEIGHT = 420;
/** ColorBrewer's single-hue Blues (its darker five of seven classes): ordered by lightness, so it reads the same under every colour-vision
 * deficiency and in greyscale. Regions no clipping mentions are neutral grey. */
export const SCALE = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
const NONE = '#f0f0f0';

/** The class of a count on a log scale up to the largest count: 1 is always the lightest, max the darkest. */
export function shadeClass(n: number, max: number): number {
  if (n <= 0 || max <= 0) return -1;
  if (max === 1) return SCALE.length - 1;
  return Math.min(SCALE.length - 1, Math.floor((Math.log(n) / Math.log(max)) * (SCALE.length - 1) + 1e-9));
}

/** ISO codes the gazetteer files under GB/T 2260 codes, for the browser's own region names. */
const ISO_OF_GB: Record<string, string> = { '710000': 'TW', '810000': 'HK', '820000': 'MO' };

interface Region {
  code: string | null;
  name: string;
  d: string;
}

/** Projected regions by boundary data and layer: projecting China's prefectures takes tens of milliseconds, and the
 * boundaries never change while the library is open, so a map opened again (or after a filter) reuses them. */
const projected = new WeakMap<MapTopology, Partial<Record<Layer, Region[]>>>();

function regionsOf(topology: MapTopology, layer: Layer): Region[] {
  let layers = projected.get(topology);
  if (!layers) projected.set(topology, (layers = {}));
  return (layers[layer] ??= project(layer, feature(topology, topology.objects[layer]) as FeatureCollection<Geometry, RegionProps>));
}

function project(layer: Layer, fc: FeatureCollection<Geometry, RegionProps>): Region[] {
  const projection: GeoProjection =
    layer === 'world' ? geoNaturalEarth1() : geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
  projection.fitSize([WIDTH, HEIGHT], fc);
  const path = geoPath(projection);
  return fc.features.map((f: Feature<Geometry, RegionProps>) => ({ code: f.properties.code, name: f.properties.name, d: path(f) ?? '' }));
}

export interface MapViewProps {
  topology: MapTopology;
  counts: PlaceCounts;
  lang: Lang;
  t: Strings;
  /** The place the library is filtered by, if any (outlined). */
  selected?: string;
  onPick: (code: string) => void;
  /** A region's name in the UI's language (the gazetteer's English names in the English UI), null if it has none. */
  placeName?: (code: string) => string | null;
}

export function MapView({ topology, counts, lang, t, selected, onPick, placeName }: MapViewProps) {
  const [layer, setLayer] = useState<Layer>(() => (counts.china * 2 >= worldTotal(counts) ? 'china' : 'world'));
  const regions = useMemo(() => regionsOf(topology, layer), [topology, layer]);
  const names = useMemo(() => regionNames(lang), [lang]);
  const countOf = (code: string | null) => (code === null ? 0 : code === 'CN' && layer === 'world' ? counts.china : (counts.byCode.get(code) ?? 0));
  const label = (r: Region) => (r.code ? (names(r.code) ?? placeName?.(r.code) ?? null) : null) ?? r.name;
  const pick = (r: Region) => {
    if (!r.code) return;
    // China on the world map opens China's own map, where its prefectures are.
    if (layer === 'world' && r.code === 'CN') setLayer('china');
    else onPick(r.code);
  };
  const ranked = regions
    .map((r) => ({ r, n: countOf(r.code) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, 12);
  const max = Math.max(0, ...regions.map((r) => countOf(r.code)));
  return (
    <section class="map-view" aria-label={t.views.map}>
      <div class="segmented" role="group" aria-label={t.mapLayer}>
        {(['china', 'world'] as const).map((l) => (
          <button type="button" aria-pressed={layer === l} onClick={() => setLayer(l)}>
            {l === 'china' ? t.mapChina : t.mapWorld}
          </button>
        ))}
      </div>
      <div class="map-body">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={layer === 'china' ? t.mapChina : t.mapWorld} class="map">
          {regions.map((r) => {
            const n = countOf(r.code);
            const k = shadeClass(n, max);
            return (
              <path
                d={r.d}
                data-code={r.code ?? undefined}
                fill={k < 0 ? NONE : SCALE[k]}
                class={r.code && r.code === selected ? 'region selected' : n > 0 ? 'region counted' : 'region'}
                onClick={() => pick(r)}
              >
                <title>{n > 0 ? t.regionCount(label(r), n) : label(r)}</title>
              </path>
            );
          })}
        </svg>
        <div class="map-side">
          <ol class="map-legend" aria-label={t.mapLegend}>
            {legendRanges(max).map(([colour, range]) => (
              <li>
                <span class="swatch" style={{ background: colour }} />
                {range}
              </li>
            ))}
          </ol>
          {ranked.length === 0 ? (
            <p class="map-none">{t.mapNone}</p>
          ) : (
            <ol class="map-ranked" aria-label={t.topPlaces}>
              {ranked.map(({ r, n }) => (
                <li>
                  <button type="button" onClick={() => pick(r)} aria-current={r.code === selected ? 'true' : undefined}>
                    <span class="swatch" style={{ background: SCALE[shadeClass(n, max)] }} />
                    {label(r)} <span class="n">{n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}</span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}

function worldTotal(c: PlaceCounts): number {
  let n = 0;
  for (const [code, v] of c.byCode) if (/^[A-Z]{2}$/.test(code) && code !== 'CN') n += v;
  return n;
}

/** What each colour stands for: the counts that fall in its class (classes no count reaches are left out). */
export function legendRanges(max: number): [string, string][] {
  const lo: number[] = [];
  const hi: number[] = [];
  for (let n = 1; n <= max; n++) {
    const k = shadeClass(n, max);
    if (lo[k] === undefined) lo[k] = n;
    hi[k] = n;
  }
  const out: [string, string][] = [];
  SCALE.forEach((colour, k) => {
    if (lo[k] !== undefined) out.push([colour, lo[k] === hi[k] ? String(lo[k]) : `${lo[k]}–${hi[k]}`]);
  });
  return out;
}

/** Country names in the reader's language from the browser itself (Intl.DisplayNames); Chinese divisions keep the
 * names the boundary data gives them. */
function regionNames(lang: Lang): (code: string) => string | null {
  let display: Intl.DisplayNames | null = null;
  try {
    display = new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'region' });
  } catch {
    display = null;
  }
  return (code) => {
    const iso = ISO_OF_GB[code] ?? (/^[A-Z]{2}$/.test(code) ? code : null);
    if (!iso || !display) return null;
    try {
      return display.of(iso) ?? null;
    } catch {
      return null;
    }
  };
}
