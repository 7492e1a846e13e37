// Hover text, in the UI's language: what a figure means once normalised, where a place lies.
import type { HighlightEntry } from '@/lib/highlight/entries';
import type { Gazetteer } from '@/lib/places';
import type { Figure } from '@/lib/types';
import { englishNameOf, entryOf } from '@/lib/export/place-names';
import type { Strings } from './strings';

const BOUND = { min: '≥ ', max: '≤ ' } as const;

export function describeFigure(f: Figure, t: Strings): string {
  const kind = t.kinds[f.kind] ?? f.kind;
  if (f.value === null) return t.tip(f.text, '?', kind);
  const value = f.value.toLocaleString(t.locale, { maximumFractionDigits: 6 });
  const prefix = (f.bound ? BOUND[f.bound] : '') + (f.approx ? '≈ ' : '');
  const unit = f.kind === 'percent' && !f.unit ? '%' : f.unit ? ` ${t.units[f.unit] ?? f.unit}` : '';
  return t.tip(f.text, `${prefix}${value}${unit}`, kind);
}

/**
 * A place is told by its chain of parents, itself first (district › city › province), when the gazetteer knows it;
 * in the English UI each link by its English name where the gazetteer has one (Chinese otherwise, so that a county
 * with no English name in the data is still named).
 */
export function describeEntry(e: HighlightEntry, gazetteer: Gazetteer | null, t: Strings): string {
  if (e.kind === 'figure') return describeFigure(e.figure, t);
  const english = !t.locale.startsWith('zh');
  const chain: string[] = [];
  let i = gazetteer ? entryOf(gazetteer, e.place) : -1;
  for (let guard = 0; gazetteer && i >= 0 && guard < 8; guard++) {
    const entry = gazetteer.entry(i);
    chain.push((english && englishNameOf(gazetteer, i)) || entry.name);
    i = entry.parent;
  }
  return chain.length ? chain.join(' › ') : e.place.name;
}
