// `jianbao extract`'s flags, parsed and checked; every mistake is a UsageError (exit status 2).
import type { MarkdownLang } from '../../lib/export/markdown';
import { UsageError } from './errors';

export interface ExtractArgs {
  inputs: string[];
  url: string | null;
  format: 'json' | 'markdown' | 'jsonl';
  /** --out DIR: one file per input (Markdown, or JSON with --format json). */
  out: string | null;
  /** Worker threads for a batch; null: one per CPU. */
  jobs: number | null;
  lang: MarkdownLang | undefined;
  dates: boolean;
  /** --progress / --no-progress; null: a bar when stderr is a terminal. */
  progress: boolean | null;
}

export const EXTRACT_USAGE = 'jianbao extract <FILE…|DIR|-> [--format json|markdown|jsonl] [--out DIR] [--jobs N] [--url URL] [--lang en|zh|zh-Hant] [--dates]';

export function parseExtractArgs(args: string[]): ExtractArgs {
  const o: ExtractArgs = { inputs: [], url: null, format: 'markdown', out: null, jobs: null, lang: undefined, dates: false, progress: null };
  let formatGiven = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (a !== flag) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--url') o.url = value();
    else if (flag === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'markdown' && f !== 'jsonl') throw new UsageError(`--format must be json, markdown or jsonl, not ${f}`);
      o.format = f;
      formatGiven = true;
    } else if (flag === '--out') o.out = value();
    else if (flag === '--jobs' || flag === '-j') {
      const v = value();
      if (!/^[1-9]\d*$/.test(v) || Number(v) > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not ${v}`);
      o.jobs = Number(v);
    } else if (flag === '--lang') {
      const l = value();
      if (l !== 'en' && l !== 'zh' && l !== 'zh-Hant') throw new UsageError(`--lang must be en, zh or zh-Hant, not ${l}`);
      o.lang = l;
    } else if (a === '--dates') o.dates = true;
    else if (a === '--progress') o.progress = true;
    else if (a === '--no-progress') o.progress = false;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.inputs.push(a);
  }
  if (o.inputs.length === 0) throw new UsageError(`usage: ${EXTRACT_USAGE}`);
  if (o.out !== null && o.format === 'jsonl') throw new UsageError('--out writes one file per input: use --format markdown or json with it, not jsonl');
  if (o.out !== null && !formatGiven) o.format = 'markdown';
  if (o.inputs.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  return o;
}
