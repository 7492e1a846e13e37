// The highlight categories the legend names, each with one colour from Okabe and Ito's palette for colour-blind
// readers ("Color Universal Design", 2008). Figure kinds a reader tells apart at a glance get their own colour;
// kinds that read alike share one (multiples and ranks with bare numbers; dates with durations). The page's
// ::highlight rules in public/highlights.css use these same colours (a unit test holds the two together).
import type { HighlightEntry } from '@/lib/highlight/entries';
import type { FigureKind } from '@/lib/types';

export type LegendCategory = 'place' | 'money' | 'percent' | 'quantity' | 'count' | 'number' | 'time';

export interface LegendColour {
  /** The Okabe–Ito colour, drawn as the underline and the legend's swatch border. */
  ink: string;
  /** The tint behind the text, over a white page (alpha kept low enough for dark text at ≥ 7:1). */
  tint: string;
  /** The underline's style: a second cue beside colour (places solid and thick, dates dotted). */
  line: 'solid' | 'dotted' | 'dashed' | 'double' | 'wavy';
}

export const LEGEND: Record<LegendCategory, LegendColour> = {
  place: { ink: '#0072B2', tint: 'rgba(0, 114, 178, 0.22)', line: 'solid' },
  money: { ink: '#E69F00', tint: 'rgba(230, 159, 0, 0.35)', line: 'double' },
  percent: { ink: '#CC79A7', tint: 'rgba(204, 121, 167, 0.35)', line: 'dashed' },
  quantity: { ink: '#009E73', tint: 'rgba(0, 158, 115, 0.25)', line: 'solid' },
  count: { ink: '#D55E00', tint: 'rgba(213, 94, 0, 0.22)', line: 'wavy' },
  number: { ink: '#F0E442', tint: 'rgba(240, 228, 66, 0.55)', line: 'solid' },
  time: { ink: '#000000', tint: 'rgba(0, 0, 0, 0.12)', line: 'dotted' },
};

export const LEGEND_ORDER: readonly LegendCategory[] = ['place', 'money', 'percent', 'quantity', 'count', 'number', 'time'];

export function categoryOfKind(kind: FigureKind): LegendCategory {
  switch (kind) {
    case 'money':
    case 'percent':
    case 'quantity':
    case 'count':
      return kind;
    case 'date':
    case 'duration':
      return 'time';
    default:
      return 'number';
  }
}

export function categoryOf(e: HighlightEntry): LegendCategory {
  return e.kind === 'place' ? 'place' : categoryOfKind(e.figure.kind);
}

/** How many highlights of each category the page shows, in legend order; categories it does not have are left out. */
export function legendCounts(entries: readonly HighlightEntry[]): { category: LegendCategory; count: number }[] {
  const counts = new Map<LegendCategory, number>();
  for (const e of entries) counts.set(categoryOf(e), (counts.get(categoryOf(e)) ?? 0) + 1);
  return LEGEND_ORDER.filter((c) => counts.has(c)).map((category) => ({ category, count: counts.get(category)! }));
}

/** The swatches' rules for the panel's shadow root, from the same table. */
export function legendCss(): string {
  return LEGEND_ORDER.map((c) => {
    const { ink, tint, line } = LEGEND[c];
    return `.sw-${c} { background: ${tint}; text-decoration: underline ${line} 2px ${ink}; border-bottom: 3px ${line === 'double' ? 'double' : line === 'wavy' ? 'solid' : line} ${ink}; }`;
  }).join('\n');
}
