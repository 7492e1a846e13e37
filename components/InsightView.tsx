// The library's map and figures views over the clippings the current filter selects, each one live read (so a save
// or an edit elsewhere shows at once): the map's counts from the place index alone, the figures from the clippings
// themselves; the map's boundaries loaded the first time it opens.
import { useEffect, useState } from 'preact/hooks';
import type { LibraryDb } from '../lib/store/db';
import type { ClippingFilter } from '../lib/store/filter';
import { queryClippings } from '../lib/store/queries';
import { placeCountsOf } from '../lib/store/place-counts';
import { FiguresView } from './FiguresView';
import type { Lang, Strings } from './i18n';
import { MapView, type MapTopology } from './MapView';
import { useLiveQuery } from './use-live-query';

export type LibraryView = 'list' | 'map' | 'figures';

export interface InsightViewProps {
  db: LibraryDb;
  filter: ClippingFilter;
  view: 'map' | 'figures';
  lang: Lang;
  t: Strings;
  loadMap: () => Promise<MapTopology>;
  onPlace: (code: string) => void;
  /** The codes the library files clippings under, when the page has read them (for its place filter). */
  placeCodes?: readonly string[];
  /** Names of regions in the UI's language where the boundary data's own are in another (English UI). */
  placeName?: (code: string) => string | null;
}

export function InsightView({ db, filter, view, lang, t, loadMap, onPlace, placeName, placeCodes }: InsightViewProps) {
  // Only what the view shows is read (null for the other view, which renders nothing from it).
  const rows = useLiveQuery(async () => (view === 'figures' ? queryClippings(db, filter) : null), [db, filter, view]);
  const counts = useLiveQuery(async () => (view === 'map' ? placeCountsOf(db, filter, placeCodes) : null), [db, filter, view, placeCodes]);
  const [map, setMap] = useState<MapTopology | 'failed' | null>(null);
  useEffect(() => {
    if (view !== 'map' || map !== null) return;
    loadMap().then(setMap, () => setMap('failed'));
  }, [view, map, loadMap]);
  if (view === 'figures') return rows.value ? <FiguresView clippings={rows.value} lang={lang} t={t} /> : <p class="loading">{t.loading}</p>;
  if (map === 'failed') return <p class="error">{t.mapFailed}</p>;
  if (!map || !counts.value) return <p class="loading">{t.mapLoading}</p>;
  return <MapView topology={map} counts={counts.value} lang={lang} t={t} selected={filter.placeCode} onPick={onPlace} placeName={placeName} />;
}
