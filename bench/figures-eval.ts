// Scores figure recognition on test/fixtures/figures-gold.json: precision/recall/F1 on exact spans, and on
// span + kind + value + unit, for Chinese and English sentences apart and together, plus throughput.
// Run: npx tsx bench/figures-eval.ts [--misses]
import { readFileSync } from 'node:fs';
import { findFigures } from '../lib/figures/index';
import type { FigureSpan } from '../lib/types';

type GoldFigure = [text: string, kind: string, value: number | null, unit: string | null];
interface Gold {
  sentences: { text: string; figures: GoldFigure[] }[];
}
interface Item {
  start: number;
  end: number;
  kind: string;
  value: number | null;
  unit: string | null;
}

const gold = JSON.parse(readFileSync('test/fixtures/figures-gold.json', 'utf8')) as Gold;
const showMisses = process.argv.includes('--misses');

function locate(text: string, figures: GoldFigure[]): Item[] {
  let from = 0;
  return figures.map(([t, kind, value, unit]) => {
    const at = text.indexOf(t, from);
    if (at < 0) throw new Error(`gold figure ${t} not in: ${text}`);
    from = at + t.length;
    return { start: at, end: at + t.length, kind, value, unit };
  });
}

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);
}
const spanKey = (f: Item): string => `${f.start}:${f.end}`;
const fullKey = (f: Item): string => `${f.start}:${f.end}:${f.kind}:${f.unit}`;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const groups = { zh: { span: tally(), full: tally() }, en: { span: tally(), full: tally() }, all: { span: tally(), full: tally() } };

const misses: string[] = [];
for (const s of gold.sentences) {
  const lang = /[\u3400-\u9fff]/.test(s.text) ? 'zh' : 'en';
  const g = locate(s.text, s.figures);
  const p: Item[] = findFigures(s.text).map((f: FigureSpan) => ({ ...f }));
  for (const [metric, key, match] of [
    ['span', spanKey, (): boolean => true],
    ['full', fullKey, (a: Item, b: Item): boolean => sameValue(a.value, b.value)],
  ] as const) {
    const gByKey = new Map(g.map((f) => [key(f), f]));
    const matched = new Set<string>();
    for (const f of p) {
      const k = key(f);
      const hit = gByKey.get(k);
      const ok = hit !== undefined && !matched.has(k) && match(f, hit);
      for (const t of [groups[lang][metric], groups.all[metric]]) ok ? t.tp++ : t.fp++;
      if (ok) matched.add(k);
      else if (metric === 'full') {
        misses.push(`  extra/wrong: ${s.text.slice(f.start, f.end)} ${f.kind} ${f.value} ${f.unit}   ‹${s.text}›`);
      }
    }
    for (const f of g) {
      if (matched.has(key(f))) continue;
      for (const t of [groups[lang][metric], groups.all[metric]]) t.fn++;
      if (metric === 'full') misses.push(`  missed: ${s.text.slice(f.start, f.end)} ${f.kind} ${f.value} ${f.unit}   ‹${s.text}›`);
    }
  }
}

function row(name: string, t: Tally): string {
  const precision = t.tp / Math.max(1, t.tp + t.fp);
  const recall = t.tp / Math.max(1, t.tp + t.fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return `${name.padEnd(22)} ${precision.toFixed(3).padEnd(9)} ${recall.toFixed(3).padEnd(7)} ${f1.toFixed(3).padEnd(6)} ${t.tp}/${t.fp}/${t.fn}`;
}

const nFig = gold.sentences.reduce((n, s) => n + s.figures.length, 0);
console.log(`gold: ${gold.sentences.length} sentences, ${nFig} figures`);
console.log('match                  precision recall  F1     tp/fp/fn');
for (const lang of ['zh', 'en', 'all'] as const) {
  console.log(row(`${lang} span`, groups[lang].span));
  console.log(row(`${lang} span+kind+value+unit`, groups[lang].full));
}
if (showMisses) console.log(misses.join('\n'));

// Throughput: the gold sentences repeated to ~5 MB, one findFigures call per line as the CLI runs it.
const lines = gold.sentences.map((s) => s.text);
const reps = Math.ceil(5e6 / Buffer.byteLength(lines.join('\n')));
let bytes = 0;
const t0 = performance.now();
for (let r = 0; r < reps; r++) {
  for (const l of lines) {
    findFigures(l);
    bytes += l.length;
  }
}
const secs = (performance.now() - t0) / 1000;
console.log(`throughput: ${(Buffer.byteLength(lines.join('\n')) * reps / 1e6 / secs).toFixed(1)} MB/s (${bytes} chars)`);
