// The library page (opened from the panel and the icon menu): the clippings in the extension's origin, where
// the background saves them.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Library } from '@/components/Library';
import { pickLang } from '@/components/i18n';
import type { MapTopology } from '@/components/MapView';
import { openLibrary } from '@/lib/store/db';
import { isWebUrl } from '@/lib/schema/clipping';
import { placeNamer } from '@/lib/export/place-names';
import { parseGazetteer } from '@/lib/places';
import type { PlaceSpan } from '@/lib/types';
import './style.css';

const lang = pickLang(navigator.language);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

/** Province and prefecture names (8 KB, built with the gazetteer); the library still works without them. */
async function divisionNames(): Promise<Record<string, string>> {
  try {
    return (await (await fetch(browser.runtime.getURL('/place-names.json'))).json()) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Country and prefecture boundaries (built with the extension, about 100 KB gzipped), read the first time the map
 * opens and kept for the next (a failed read is tried again then). */
let map: Promise<MapTopology> | null = null;
function loadMap(): Promise<MapTopology> {
  map ??= fetch(browser.runtime.getURL('/map.json'))
    .then((r) => r.json() as Promise<MapTopology>)
    .catch((e: unknown) => {
      map = null;
      throw e;
    });
  return map;
}

/** The English export's place names from the gazetteer (1.4 MB, read once, only when an English export is made). */
let namer: Promise<(place: PlaceSpan) => string> | null = null;
function loadPlaceNamer(): Promise<(place: PlaceSpan) => string> {
  namer ??= fetch(browser.runtime.getURL('/gazetteer.json'))
    .then((r) => r.json())
    .then((raw) => placeNamer(parseGazetteer(raw), 'en'));
  return namer;
}

render(
  <Library
    db={openLibrary()}
    lang={lang}
    // Only web pages are opened, whatever a clipping (or an imported file) says its address is.
    openUrl={(url) => void (isWebUrl(url) && browser.tabs.create({ url }))}
    divisionNames={await divisionNames()}
    loadMap={loadMap}
    loadPlaceNamer={loadPlaceNamer}
  />,
  document.getElementById('app')!,
);
