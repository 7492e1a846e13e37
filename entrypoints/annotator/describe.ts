// Hover text: what a figure means once normalised, where a place lies.
import type { HighlightEntry } from '@/lib/highlight/entries';
import { placeHierarchy, type Gazetteer } from '@/lib/places';
import type { Figure } from '@/lib/types';

const BOUND = { min: '≥ ', max: '≤ ' } as const;

export function describeFigure(f: Figure): string {
  if (f.value === null) return f.text;
  const value = f.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const prefix = (f.bound ? BOUND[f.bound] : '') + (f.approx ? '≈ ' : '');
  const unit = f.kind === 'percent' && !f.unit ? '%' : f.unit ? ` ${f.unit}` : '';
  return `${f.text} = ${prefix}${value}${unit} (${f.kind})`;
}

/** A place is told by its chain of parents, itself first (district › city › province), when the gazetteer knows it. */
export function describeEntry(e: HighlightEntry, gazetteer: Gazetteer | null): string {
  if (e.kind === 'figure') return describeFigure(e.figure);
  const chain = gazetteer && e.place.code ? placeHierarchy(gazetteer, e.place.code).map((p) => p.name) : [];
  return chain.length ? chain.join(' › ') : e.place.name;
}
