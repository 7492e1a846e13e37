// One chunk of `jianbao annotate`'s work, the same in this thread and in a worker: lines in, their JSON lines out.
import { annotateText, type Lang } from '../../lib/annotate';
import { englishNameOfPlace } from '../../lib/export/place-names';
import type { Gazetteer } from '../../lib/places';

/** The JSON line of each of `lines`, each ended by a newline, as one string. */
export function annotateLines(lines: readonly string[], gazetteer: Gazetteer | null, lang: Lang): string {
  let out = '';
  for (const line of lines) {
    const found = annotateText(line, { gazetteer, lang });
    // Each place named in both languages, as in `jianbao extract` (the gazetteer's English name, or null).
    const places = found.places.map((p) => ({ ...p, nameEn: gazetteer ? englishNameOfPlace(gazetteer, p) : null }));
    out += JSON.stringify({ figures: found.figures, places }) + '\n';
  }
  return out;
}
