// Figures against Microsoft Recognizers-Text's specs (MIT): every `<Language>/<Model>Model.json` found under
// ../shared/fixtures/recognizers-text/ and test/fixtures/recognizers-text/ (the shared copy wins), so a spec
// dropped in there is scored too. Per spec `eval.figures.<language>-<model>.recall` (share of the spec's results
// found with the same span, End inclusive, and the same value, among figures of the model's kind) and
// `eval.figures.<language>-<model>.false` (figures of that kind found in the spec's cases that expect none).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFigures } from '../lib/figures';
import type { FigureKind } from '../lib/types';
import { figure, type EvalFigure, type EvalSuite } from './figure';

interface SpecResult {
  Resolution?: { value?: string | null } | null;
  Start: number;
  End: number;
}
interface SpecCase {
  Input: string;
  Results?: SpecResult[];
}

/** The figure kind each Recognizers-Text model covers. */
const MODEL_KIND: Record<string, FigureKind> = {
  CurrencyModel: 'money',
  DimensionModel: 'quantity',
  PercentModel: 'percent',
  NumberModel: 'number',
  AgeModel: 'quantity',
  TemperatureModel: 'quantity',
};

function specRoots(): string[] {
  const shared = process.env.JIANBAO_SHARED ?? [resolve('../shared'), resolve('../../shared')].find((d) => existsSync(d));
  const roots = shared === undefined ? [] : [join(shared, 'fixtures/recognizers-text')];
  roots.push(resolve('test/fixtures/recognizers-text'));
  return roots.filter((d) => existsSync(d));
}

/** `Chinese/PercentModel.json` → its path, the first root holding it winning. */
export function specFiles(roots = specRoots()): Map<string, string> {
  const files = new Map<string, string>();
  for (const root of roots) {
    for (const lang of readdirSync(root, { withFileTypes: true })) {
      if (!lang.isDirectory()) continue;
      for (const f of readdirSync(join(root, lang.name))) {
        const rel = `${lang.name}/${f}`;
        if (f.endsWith('.json') && MODEL_KIND[f.slice(0, -5)] !== undefined && !files.has(rel)) files.set(rel, join(root, rel));
      }
    }
  }
  return files;
}

function specValue(r: SpecResult): number | null {
  const v = r.Resolution?.value;
  if (v === undefined || v === null || v === 'null') return null;
  const n = Number(v.replace('%', ''));
  return Number.isFinite(n) ? n : null;
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

export interface SpecScore {
  results: number;
  found: number;
  negatives: number;
  falseFigures: number;
  missed: string[];
}

/** Recall of one spec's results and false figures on its cases that expect none. */
export function scoreSpec(cases: SpecCase[], kind: FigureKind): SpecScore {
  const s: SpecScore = { results: 0, found: 0, negatives: 0, falseFigures: 0, missed: [] };
  for (const c of cases) {
    const found = findFigures(c.Input).filter((f) => f.kind === kind);
    const expected = c.Results ?? [];
    if (expected.length === 0) {
      s.negatives++;
      s.falseFigures += found.length;
      continue;
    }
    for (const r of expected) {
      s.results++;
      if (found.some((f) => f.start === r.Start && f.end === r.End + 1 && close(f.value, specValue(r)))) s.found++;
      else s.missed.push(c.Input);
    }
  }
  return s;
}

export const figuresSuite: EvalSuite = {
  name: 'figures',
  async run(): Promise<EvalFigure[]> {
    const out: EvalFigure[] = [];
    for (const [rel, path] of [...specFiles()].sort()) {
      const [lang, file] = rel.split('/') as [string, string];
      const model = file.slice(0, -5);
      const cases = JSON.parse(readFileSync(path, 'utf8')) as SpecCase[];
      const s = scoreSpec(cases, MODEL_KIND[model] as FigureKind);
      const name = `${lang.toLowerCase()}-${model.replace(/Model$/, '').toLowerCase()}`;
      if (process.env.JIANBAO_EVAL_SHOW_MISSED) for (const m of s.missed) process.stderr.write(`  ${name} missed: ${m}\n`);
      out.push(figure(`eval.figures.${name}.recall`, s.results === 0 ? 0 : s.found / s.results, s.results));
      out.push(figure(`eval.figures.${name}.false`, s.falseFigures, s.negatives));
    }
    return out;
  },
};
