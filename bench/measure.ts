// Figures, medians and the two output forms docs/cli-contract.md fixes: a readable table, then one JSON line each.

export type Unit = 'ms' | 'MB/s' | 'KB' | 'x' | 'pages/s';

export interface Figure {
  bench: string;
  value: number;
  unit: Unit;
  baseline: string | null;
  ratio: number | null;
}

/** A target to print next to a figure: `pass` decides ✓ or ✗, `label` says what was aimed for. */
export interface Target {
  label: string;
  pass(f: Figure): boolean;
}

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function round(n: number, digits = 2): number {
  const k = 10 ** digits;
  return Math.round(n * k) / k;
}

/** Builds figures so each ratio is computed against a baseline measured in the same run. */
export class Figures {
  readonly list: Figure[] = [];
  readonly targets = new Map<string, Target>();
  readonly notes = new Map<string, string>();
  /** Unrounded values, so ratios of small figures are not skewed by display rounding. */
  private readonly raw = new Map<string, number>();

  add(bench: string, value: number, unit: Unit, baseline: string | null = null, target?: Target, note?: string): Figure {
    const base = baseline ? this.raw.get(baseline) : undefined;
    if (baseline && base === undefined) throw new Error(`baseline ${baseline} must be measured before ${bench}`);
    const ratio = base !== undefined && base > 0 ? round(value / base, 3) : null;
    const f: Figure = { bench, value: round(value, unit === 'KB' ? 1 : 3), unit, baseline: base !== undefined ? baseline! : null, ratio };
    this.raw.set(bench, value);
    this.list.push(f);
    if (target) this.targets.set(bench, target);
    if (note) this.notes.set(bench, note);
    return f;
  }

  table(): string {
    const rows = this.list.map((f) => {
      const t = this.targets.get(f.bench);
      return [
        f.bench,
        `${display(f.value)} ${f.unit}`,
        f.baseline ?? '',
        f.ratio === null ? '' : `${f.ratio}×`,
        t ? `${t.pass(f) ? '✓' : '✗'} ${t.label}` : '',
        this.notes.get(f.bench) ?? '',
      ];
    });
    const head = ['bench', 'value', 'baseline', 'ratio', 'target', 'note'];
    const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
    const line = (cells: string[]) => '| ' + cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join(' | ') + ' |';
    return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
  }

  jsonLines(): string {
    return this.list.map((f) => JSON.stringify({ bench: f.bench, value: f.value, unit: f.unit, baseline: f.baseline, ratio: f.ratio })).join('\n');
  }
}

/** Table display: two decimals below 10, one below 1000, none above (the JSON lines keep three). */
function display(n: number): string {
  const abs = Math.abs(n);
  return abs >= 1000 ? Math.round(n).toLocaleString('en-US') : n.toFixed(abs >= 10 ? 1 : 2);
}

/** Display width: CJK and ✓/✗ take two columns in most terminals. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export const atMost = (limit: number, label?: string): Target => ({ label: label ?? `≤ ${limit}`, pass: (f) => f.value <= limit });
export const below = (limit: number, label?: string): Target => ({ label: label ?? `< ${limit}`, pass: (f) => f.value < limit });
export const ratioAtMost = (limit: number): Target => ({ label: `≤ ${limit}× baseline`, pass: (f) => f.ratio !== null && f.ratio <= limit });
export const ratioAtLeast = (limit: number): Target => ({ label: `≥ ${limit}× baseline`, pass: (f) => f.ratio !== null && f.ratio >= limit });
export const above = (limit: number, label?: string): Target => ({ label: label ?? `> ${limit}`, pass: (f) => f.value > limit });
