// Hover text for a figure: what the number means once normalised.
import type { Figure } from '@/lib/types';

const BOUND = { min: '≥ ', max: '≤ ' } as const;

export function describeFigure(f: Figure): string {
  if (f.value === null) return f.text;
  const value = f.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const prefix = (f.bound ? BOUND[f.bound] : '') + (f.approx ? '≈ ' : '');
  const unit = f.kind === 'percent' && !f.unit ? '%' : f.unit ? ` ${f.unit}` : '';
  return `${f.text} = ${prefix}${value}${unit} (${f.kind})`;
}
