// The library's map and figures views over the clippings the current filter selects: one live read of those
// clippings (so a save or an edit elsewhere shows at once), the map's boundaries loaded the first time it opens.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LibraryDb } from '../lib/store/db';
import type { ClippingFilter } from '../lib/store/filter';
import { queryClippings } from '../lib/store/queries';
import { countPlaces } from '../lib/summary/places';
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
}

export function InsightView({ db, filter, view, lang, t, loadMap, onPlace }: InsightViewProps) {
  const rows = useLiveQuery(() => queryClippings(db, filter), [db, filter]);
  const [map, setMap] = useState<MapTopology | 'failed' | null>(null);
  useEffect(() => {
    if (view !== 'map' || map !== null) return;
    loadMap().then(setMap, () => setMap('failed'));
  }, [view, map, loadMap]);
  const counts = useMemo(() => (rows.value ? countPlaces(rows.value) : null), [rows.value]);
  if (!rows.value) return <p class="loading">{t.loading}</p>;
  if (view === 'figures') return <FiguresView clippings={rows.value} lang={lang} t={t} />;
  if (map === 'failed') return <p class="error">{t.mapFailed}</p>;
  if (!map || !counts) return <p class="loading">{t.mapLoading}</p>;
  return <MapView topology={map} counts={counts} lang={lang} t={t} selected={filter.placeCode} onPick={onPlace} />;
}
