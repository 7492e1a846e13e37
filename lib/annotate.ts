// Figures and places of one text: the unit the pipeline, `jianbao annotate` and clippings share.
import { findFigures } from './figures';
import { findPlaces, scanPlaces, type Gazetteer, type PlaceContext } from './places';
import type { FigureSpan, PlaceSpan } from './types';

export type Lang = 'auto' | 'zh' | 'en';

export interface Annotations {
  figures: FigureSpan[];
  places: PlaceSpan[];
}

export interface AnnotateOptions {
  gazetteer: Gazetteer | null;
  lang?: Lang;
  context?: PlaceContext;
  /** The text's places when already found (scanPlaces over a page's texts): not searched again. */
  places?: PlaceSpan[];
  /** What a bare 元 stands for (lib/hant/currency.ts: TWD, HKD, MOP; null: CNY); not given: what the text names. */
  currency?: string | null;
}

export function annotateText(text: string, options: AnnotateOptions): Annotations {
  if (!text) return { figures: [], places: [] };
  const figures = findFigures(text, { lang: options.lang ?? 'auto', currency: options.currency });
  // A text on its own (a line of `jianbao annotate`, a clipping) is its own context for ambiguous short forms.
  const gazetteer = options.gazetteer;
  const places = options.places ?? (gazetteer ? placesOf(text, gazetteer, options.context) : []);
  return { figures, places: dropOverlaps(places, figures) };
}

function placesOf(text: string, gazetteer: Gazetteer, context: PlaceContext | undefined): PlaceSpan[] {
  if (context) return findPlaces(text, gazetteer, context);
  // Its own context: one scan finds both (scanPlaces), as buildPlaceContext([text]) then findPlaces would.
  return scanPlaces([text], gazetteer).spans[0] ?? [];
}

/** A place never overlaps a figure (e.g. a number inside a name): the figure wins, it is the more precise reading. */
function dropOverlaps(places: PlaceSpan[], figures: FigureSpan[]): PlaceSpan[] {
  if (!figures.length || !places.length) return places;
  // Both lists are sorted by start and figures do not overlap one another: one merge-like pass.
  const kept: PlaceSpan[] = [];
  let k = 0;
  for (const p of places) {
    while (k < figures.length && (figures[k] as FigureSpan).end <= p.start) k++;
    let hit = false;
    for (let j = k; j < figures.length && (figures[j] as FigureSpan).start < p.end; j++) {
      if ((figures[j] as FigureSpan).end > p.start) {
        hit = true;
        break;
      }
    }
    if (!hit) kept.push(p);
  }
  return kept;
}
