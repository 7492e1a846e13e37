// The English UI names places by the gazetteer's English names (Ordos, Mongolia): the namer is read once `ready`
// (after the list is painted, so the 1.4 MB gazetteer never delays the first rows); until then, in other UI
// languages and where the gazetteer has no English name (counties), a place keeps the name it is given.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PlaceSpan } from '../lib/types';
import type { Lang } from './i18n';

export type PlaceNamer = (place: PlaceSpan) => string;

/** `name(code, ownName)`, and whether English names are in (so a caller can fall back to data of its own). */
export function useEnglishPlaceNames(lang: Lang, load: (() => Promise<PlaceNamer>) | undefined, ready: boolean) {
  const [namer, setNamer] = useState<PlaceNamer | null>(null);
  useEffect(() => {
    if (lang !== 'en' || !load || !ready) return;
    let live = true;
    load().then(
      (f) => live && setNamer(() => f),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang, load, ready]);
  const name = useCallback((code: string, own: string) => (namer ? namer({ text: own, name: own, level: 'prefecture', code, start: 0, end: 0 }) : own), [namer]);
  return { name, english: namer !== null };
}
