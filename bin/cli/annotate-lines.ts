// The JSON lines of `jianbao annotate` for a batch of input lines: shared by the main thread and its workers.
import { annotateText, type Lang } from '../../lib/annotate';
import { englishNameOfPlace } from '../../lib/export/place-names';
import type { Gazetteer } from '../../lib/places';

/** One input line's output line (with its newline). */
export function annotateLine(line: string, gazetteer: Gazetteer | null, lang: Lang): string {
  const found = annotateText(line, { gazetteer, lang });
  // Each place named in both languages, as in `jianbao extract` (the gazetteer's English name, or null).
  const places = found.places.map((p) => ({ ...p, nameEn: gazetteer ? englishNameOfPlace(gazetteer, p) : null }));
  return JSON.stringify({ figures: found.figures, places }) + '\n';
}

/** The output lines of `lines` (input lines joined by '\n', as the main thread sends them to a worker). */
export function annotateJoined(lines: string, gazetteer: Gazetteer | null, lang: Lang): string {
  let out = '';
  for (const line of lines.split('\n')) out += annotateLine(line, gazetteer, lang);
  return out;
}
