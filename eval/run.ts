// `npm run eval`: scores real corpora nobody here wrote against peers in the same run. Prints a readable table on
// stdout, then one JSON line per figure (docs/cli-contract.md → `npm run eval`). JIANBAO_EVAL_ONLY=a,b runs only
// the named suites.
import type { EvalFigure } from './figure';
import { suites } from './suites';

function fmt(v: number | null): string {
  if (v === null) return '—';
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

async function main(): Promise<number> {
  const only = process.env.JIANBAO_EVAL_ONLY?.split(',').filter(Boolean);
  const chosen = only ? suites.filter((s) => only.includes(s.name)) : suites;
  if (only && chosen.length !== only.length) {
    const known = suites.map((s) => s.name).join(', ');
    process.stderr.write(`eval: unknown suite in JIANBAO_EVAL_ONLY (known: ${known})\n`);
    return 2;
  }
  const figures: EvalFigure[] = [];
  for (const suite of chosen) {
    process.stderr.write(`eval: ${suite.name}…\n`);
    figures.push(...(await suite.run()));
  }
  const rows = figures.map((f) => [f.eval, fmt(f.value), f.peer ?? '', fmt(f.peerValue), String(f.n)]);
  const head = ['figure', 'value', 'peer', 'peer value', 'n'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  process.stdout.write([line(head), ...rows.map(line)].join('\n') + '\n');
  for (const f of figures) process.stdout.write(JSON.stringify(f) + '\n');
  return 0;
}

process.exitCode = await main();
